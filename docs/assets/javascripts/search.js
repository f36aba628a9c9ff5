// The site's changes to Material's search, loaded by overrides/main.html before
// Material's bundle, which creates the search worker and requests the index:
// both are changed here before they happen.

// The search index loads when a reader starts searching, not with every page:
// Material fetches search/search_index.json as each page opens; this holds
// that one request back until the search box takes focus (or a page opened
// from a search result needs it to highlight the words). From file:// the
// offline bundle's index is a script Material loads its own way; nothing
// changes there.
(function () {
  // Material requests the index with XMLHttpRequest; its send waits.
  var request = XMLHttpRequest.prototype;
  var open = request.open, send = request.send;
  if (location.protocol === "file:") return;
  var wanted = false, held = [];
  function want() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (release) { release(); });
  }
  request.open = function (method, url) {
    this.searchIndex = /\/search\/search_index\.json$/.test(new URL(url, location.href).pathname);
    return open.apply(this, arguments);
  };
  request.send = function () {
    var xhr = this, args = arguments;
    if (xhr.searchIndex && !wanted) {
      held.push(function () { send.apply(xhr, args); });
      return;
    }
    return send.apply(xhr, args);
  };
  if (/[?&]h=/.test(location.search)) want();
  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target && target.matches && target.matches("[data-md-component=search-query]")) want();
  });
  document.addEventListener("pointerdown", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest(".md-search, label[for=__search]")) want();
  });
})();

// A query's small words are dropped, a single word is searched whole before
// the longer words it starts (and, longer, one letter away), and several plain
// words find the pages that hold them all (a question's, the pages that hold
// most of them; a phrase's, first its head word's): why, with the searches that
// showed it, is told in overrides/main.html and below. This file is served with
// every episode's site, so it names none.
(function () {
  // Each of these is in lunr's English stop-word list (tests/test_search_words.py);
  // the index holds them (mkdocs.yml), but as the start of a word "to" finds
  // "Torture", and they rank nothing. Not "us": it is "US" as often.
  var small = {};
  ("a about an and are as at be but by can could did do does for from had has have he " +
   "her his how i if in into is it its of on or our said say says she should so than " +
   "that the their them then there these they this to was we were what when where " +
   "which who whom why will with would you your")
    .split(" ").forEach(function (word) { small[word] = true; });
  var syntax = /^[+-]|[:*~^]/;  // lunr's presence, field, wildcard, fuzzy and boost marks

  function isSmall(word) {
    return small[word.replace(/^["“”]+|["“”]+$/g, "").toLowerCase()] === true;
  }

  function withoutSmallWords(query) {
    var left = 0;
    // Odd parts are phrases in quotation marks, as Material splits them.
    var parts = query.split(/"([^"]+)"/).map(function (part, index) {
      var words = part.split(/\s+/).filter(function (word) {
        return word && (syntax.test(word) || !isSmall(word));
      });
      left += words.length;
      if (index % 2 === 0) return words.join(" ");
      return words.length ? '"' + words.join(" ") + '"' : "";
    });
    var kept = left ? parts.filter(Boolean).join(" ") : query.trim();
    // One word, no syntax: the word as typed weighs a hundred times the longer words it starts, which are rarer and so
    // weigh more (a tag "UNESCO" came before a name "UN"); five letters or more,
    // it also finds the words one letter away ("Smyth": Smith). Still the start
    // of a word: "Reuters" finds "Reuters.com", and a name half typed its page.
    if (/^[\p{L}\p{N}]+$/u.test(kept)) {
      kept = kept + "^100 " + (/^\p{L}{5,}$/u.test(kept) ? kept + "~1 " : "") + kept;
    }
    return kept;
  }

  // Plain words, two or more: every one required (or, in a question, none),
  // as the start of a word, the word as typed weighing ten times as much (a
  // head word thirty); else "".
  function everyWord(query, question, head) {
    var words = query.split(" ");
    var plain = words.every(function (word) {
      return /^[\p{L}\p{N}]+$/u.test(word) && !isSmall(word);  // small: "to the", as typed
    });
    if (words.length < 2 || !plain) return "";
    var required = question ? "" : "+";
    return words.map(function (word, i) {
      return required + word + "* " + word + (i < head ? "^30" : "^10");
    }).join(" ");
  }

  // How many of a query's first words name what it looks for, before a small
  // word links the rest to them: "appeal to the mayor" looks for the appeal, but
  // found the mayor's page first (a rarer word in its title), which holds
  // "appeal" only in its text. 0 where no small word links two parts.
  function headWords(query) {
    var head = 0, words = query.trim().split(/\s+/);
    for (var i = 0; i < words.length; i++) {
      if (!isSmall(words[i])) head += 1;
      else if (head) return words.slice(i).some(function (w) { return !isSmall(w); }) ? head : 0;
    }
    return 0;
  }

  // A query that opens as a question does ("why did the council want to close
  // the bridge"): its words are the reader's, not the pages', so a page need not
  // hold them all. Required, the verb of a question ("want") kept the one page
  // that answers it out, and one that said "wanting" came first; ranked, the
  // pages whose titles hold most of the words come first.
  function isQuestion(query) {
    return /^(why|what|who|whom|which|how|when|where|did|do|does|is|are|was|were)$/i
      .test(query.trim().split(/\s+/)[0]);
  }

  // A name typed as it is spelt in its own language (ə, ş, ı, ö ...) where the
  // sources, in English, write it in a-z: "Şərifova" found nothing where the
  // pages say "Sharifova" (one letter away is searched, two are not). The letters
  // are those of generator/urls.py's transliteration, then accents dropped.
  // Tried only when the query as typed finds nothing: a site whose pages hold
  // "Şərifova" finds it as typed.
  var LETTERS = { "ə": "a", "Ə": "A", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "g",
    "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "ß": "ss",
    "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "œ": "oe" };
  function inLatinLetters(text) {
    return text.normalize("NFC").replace(/[əƏşŞçÇğĞıİöÖüÜßæøđłœ]/g, function (letter) {
      return LETTERS[letter];
    }).normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  // The queries to send for the text of the search box, in turn while the one
  // before finds nothing: every word required, then the words ranked, then the
  // same in a-z letters.
  function queries(text) {
    var query = withoutSmallWords(text);
    var question = isQuestion(text);
    var every = everyWord(query, question, question ? 0 : headWords(text));
    var tried = every && !question ? [every, query] : [every || query];
    var latin = inLatinLetters(text);
    return latin === text ? tried : tried.concat(queries(latin));
  }

  // Material's search query message (type 2) carries the text of the search box;
  // its answers (type 3) come back in the order of the queries. Each query sent
  // is queued with those to send in turn if it finds nothing.
  var send = Worker.prototype.postMessage;
  var listen = Worker.prototype.addEventListener;
  var queued = [];
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === 2 && typeof message.data === "string") {
      var tried = queries(message.data);
      queued.push(tried.slice(1));
      arguments[0] = { type: 2, data: tried[0] };
    }
    return send.apply(this, arguments);
  };
  // An empty answer to the latest query is held back and the next query sent;
  // Material may listen more than once, the first listener decides for all.
  var held = new WeakMap();
  Worker.prototype.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen.apply(this, arguments);
    var worker = this;
    return listen.call(this, type, function (event) {
      var answer = event.data;
      if (!held.has(event) && answer && answer.type === 3) {
        var next = queued.shift() || [];
        var empty = !(answer.data && answer.data.items && answer.data.items.length);
        held.set(event, Boolean(next.length && empty && !queued.length));
        if (held.get(event)) {
          queued.push(next.slice(1));
          send.call(worker, { type: 2, data: next[0] });
        }
      }
      if (held.get(event)) return;
      return typeof listener === "function" ? listener.call(this, event) : listener.handleEvent(event);
    }, options);
  };
})();

// A page opened from a result marks the words searched for, wherever they
// occur: Material's pattern also matches inside a word, so "end" (from "why did
// the council end the contract") was marked in "extending" and "suspended". A mark that starts inside a word is taken out again; one at a
// word's start stays, as the search matched it ("end" in "ending"). With no
// marks of this kind (another Material), nothing changes.
(function () {
  if (!/[?&]h=/.test(location.search)) return;
  var letter = /[\p{L}\p{N}]$/u;
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (mark) {
        var before = mark.previousSibling, parent = mark.parentNode;
        if (mark.nodeName !== "MARK" || !mark.hasAttribute("data-md-highlight") || !parent) return;
        if (!before || before.nodeType !== Node.TEXT_NODE || !letter.test(before.data)) return;
        parent.replaceChild(document.createTextNode(mark.textContent), mark);
        parent.normalize();
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();

// Results a screen reader can name and count: Material draws each result as a
// link around an article, which leaves the link without a name ("link", and
// nothing else, for every result), and says how many were found in a line that
// is not announced. Each result's link is named by its heading, and the line is
// a polite live region.
document.addEventListener("DOMContentLoaded", function () {
  var meta = document.querySelector(".md-search-result__meta");
  var list = document.querySelector(".md-search-result__list");
  if (meta) meta.setAttribute("aria-live", "polite");
  if (!list) return;
  new MutationObserver(function () {
    list.querySelectorAll("a.md-search-result__link").forEach(function (link) {
      // A section's result by its heading and its page's: "Who was involved, Jane Roe".
      var heading = link.querySelector("h1, h2"), item = link.closest("li");
      var page = heading && heading.nodeName === "H2" && item && item.querySelector("h1");
      if (heading) {
        link.setAttribute("aria-label", heading.textContent.trim() + (page ? ", " + page.textContent.trim() : ""));
      }
    });
  }).observe(list, { childList: true, subtree: true });
});
