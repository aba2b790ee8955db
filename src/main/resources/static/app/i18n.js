/* Kyosei UI: messages and dates in the user's language. The bundle comes from the server (/i18n/messages): the
 * language's files the server's MessageSource reads (i18n/messages_*, problems_*, leads_*) in one map. Japanese when the browser prefers it; the header's switch is remembered. */
window.Kyosei = window.Kyosei || {};
(function (K) {
  'use strict';
  const STORE = 'kyosei.lang';
  const SUPPORTED = ['ja', 'en'];
  const listeners = [];
  let lang = 'en';
  let bundle = {};

  function saved() {
    try { return localStorage.getItem(STORE); } catch (e) { return null; }
  }
  /** The language to start in: the one chosen with the switch, else the browser's first of Japanese or English. */
  function detect() {
    if (SUPPORTED.includes(saved())) { return saved(); }
    const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
    for (const l of wanted) {
      const code = String(l).toLowerCase().slice(0, 2);
      if (SUPPORTED.includes(code)) { return code; }
    }
    return 'en';
  }
  const number = (v) => (typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : String(v == null ? '' : v));

  /** The message of key, its {0}, {1}... replaced by params (numbers in the locale's form); the key itself when missing. */
  function t(key, params) {
    const text = Object.prototype.hasOwnProperty.call(bundle, key) ? bundle[key] : key;
    if (!params || !params.length) { return text; }
    return text.replace(/\{(\d+)\}/g, (m, i) => (Number(i) < params.length ? number(params[Number(i)]) : m)).replace(/''/g, "'");
  }
  /** The message of key when the bundle has one, else the fallback (codes such as indicator names). */
  function tOr(key, fallback) {
    return Object.prototype.hasOwnProperty.call(bundle, key) ? bundle[key] : fallback;
  }
  const has = (key) => Object.prototype.hasOwnProperty.call(bundle, key);

  /** Translates the static markup: data-i18n (text), data-i18n-placeholder, data-i18n-title. */
  function apply(root) {
    const scope = root || document;
    scope.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    scope.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    scope.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  }

  async function load(code) {
    const response = await fetch('i18n/messages?lang=' + encodeURIComponent(code), { headers: { Accept: 'application/json' } });
    if (!response.ok) { throw new Error('messages: HTTP ' + response.status); }
    bundle = await response.json();
    lang = code;
    document.documentElement.lang = code;
    document.title = t('ui.title');
    apply(document);
    const select = document.getElementById('lang-select');
    if (select) { select.value = code; }
    listeners.forEach((fn) => { try { fn(code); } catch (e) { /* a screen not yet shown */ } });
  }

  /** Switches language and remembers the choice. */
  async function use(code) {
    if (!SUPPORTED.includes(code)) { return; }
    try { localStorage.setItem(STORE, code); } catch (e) { /* private mode: not remembered */ }
    await load(code);
  }

  const dateFormat = () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  /** A YYYY-MM-DD date in the locale's form (2026年12月6日, December 6, 2026). */
  function formatDate(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(String(iso))) { return String(iso == null ? '' : iso); }
    return dateFormat().format(new Date(String(iso).slice(0, 10) + 'T00:00:00Z'));
  }
  /** An instant in the locale's form, in the browser's time zone. */
  function formatDateTime(instant) {
    const d = new Date(instant);
    return isNaN(d) ? String(instant) : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(d);
  }

  K.t = t;
  K.i18n = {
    t, tOr, has, apply, use, formatDate, formatDateTime, number,
    lang: () => lang,
    onChange: (fn) => listeners.push(fn),
    ready: load(detect()).catch(() => load('en'))
  };
})(window.Kyosei);
