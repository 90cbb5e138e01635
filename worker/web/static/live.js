// The live page: polls /api/summary and redraws. No framework, no build step, nothing from the network but the worker.
// Every text from articles goes through textContent, never innerHTML.
"use strict";

const POLL_MS = 1500;
const QUOTES_SHOWN = 5;  // per article; the rest fold into a <details>
let shownArticles = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function setList(id, items) {
  document.getElementById(id).replaceChildren(...items);
}

function fmt(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toFixed(digits);
}

function sparkline(id, values) {
  const svg = document.getElementById(id);
  const numbers = values.map((v) => (v === null ? 0 : v));
  const max = Math.max(1e-9, ...numbers);
  const step = numbers.length > 1 ? 120 / (numbers.length - 1) : 120;
  const points = numbers.map((v, i) => `${(i * step).toFixed(1)},${(29 - (v / max) * 28).toFixed(1)}`).join(" ");
  const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
  line.setAttribute("points", points);
  svg.replaceChildren(line);
}

// Rate over the last few complete seconds, so the number does not flicker between 0 and a burst.
function recentRate(history, field, seconds) {
  const window = history.slice(-seconds - 1, -1);
  return window.reduce((sum, bucket) => sum + bucket[field], 0) / Math.max(1, window.length);
}

function recentLatency(history, seconds) {
  const window = history.slice(-seconds).filter((b) => b.latency_avg !== null);
  if (!window.length) return null;
  const total = window.reduce((sum, b) => sum + b.latency_avg * b.enriched, 0);
  return total / window.reduce((sum, b) => sum + b.enriched, 0);
}

function quoteNode(quote) {
  const speaker = quote.speaker
    ? el("span", { class: "speaker" }, quote.speaker)
    : el("span", { class: "speaker unknown" }, "unattributed");
  const cue = quote.cue ? ` (${quote.cue})` : "";
  return el("div", { class: `quote ${quote.kind}`, "data-kind": quote.kind },
    speaker, el("span", { class: "muted" }, `${cue} · ${quote.kind}: `),
    el("span", { class: "context" }, (quote.before.length >= 100 ? "…" : "") + quote.before),
    el("mark", {}, quote.text),
    el("span", { class: "context" }, quote.after + (quote.after.length >= 100 ? "…" : "")));
}

function articleNode(article) {
  const meta = [article.source, article.published_at && article.published_at.slice(0, 10),
    `${article.quote_count} quotes`, article.latency_seconds !== null ? `${fmt(article.latency_seconds, 2)} s latency` : null]
    .filter(Boolean).join(" · ");
  const title = article.url ? el("a", { href: article.url, rel: "noreferrer" }, article.title) : article.title;
  const positions = article.positions.map((p) =>
    el("span", { class: `chip ${p.stance}` }, `${p.actor} · ${p.stance} · ${p.issue}`));
  const shown = article.quotes.slice(0, QUOTES_SHOWN).map(quoteNode);
  const rest = article.quotes.slice(QUOTES_SHOWN).map(quoteNode);
  const more = rest.length
    ? el("details", {}, el("summary", {}, `${article.quote_count - QUOTES_SHOWN} more quotes`), ...rest)
    : null;
  return el("article", { class: "article", "data-article-id": article.article_id },
    el("h3", {}, title), el("div", { class: "meta" }, meta), ...shown, more,
    positions.length ? el("div", { class: "positions" }, ...positions) : null);
}

function render(summary) {
  const history = summary.history;
  document.getElementById("rate-in").textContent = fmt(recentRate(history, "consumed", 10), 2);
  document.getElementById("rate-out").textContent = fmt(recentRate(history, "enriched", 10), 2);
  document.getElementById("latency").textContent = fmt(recentLatency(history, 60), 3);
  sparkline("spark-in", history.map((b) => b.consumed));
  sparkline("spark-out", history.map((b) => b.enriched));
  sparkline("spark-latency", history.map((b) => b.latency_avg));

  document.getElementById("lag").textContent = summary.lag.total;
  setList("lag-partitions", summary.lag.partitions.map((p) => el("li", {}, `p${p.partition}: ${p.lag}`)));
  const dlq = document.getElementById("dlq");
  dlq.textContent = summary.totals.dead_lettered;
  dlq.classList.toggle("bad", summary.totals.dead_lettered > 0);
  setList("dlq-reasons", Object.entries(summary.dead_letters).map(([reason, n]) => el("li", {}, `${reason}: ${n}`)));
  setList("totals", [
    el("li", {}, `consumed: ${summary.totals.consumed}`),
    el("li", {}, `enriched: ${summary.totals.enriched}`),
    el("li", {}, `uptime: ${Math.round(summary.uptime_seconds)} s`),
  ]);

  document.getElementById("no-articles").hidden = summary.articles.length > 0;
  // Redraw the articles only when they changed, so an opened "more quotes" stays open between polls.
  const articleKey = summary.articles.map((a) => `${a.article_id}@${a.received_at}`).join(" ");
  if (articleKey !== shownArticles) {
    setList("articles", summary.articles.map(articleNode));
    shownArticles = articleKey;
  }
  setList("top-actors", summary.top_actors.map((a) =>
    el("li", {}, a.name, " ", el("span", { class: "count" }, `${a.type} · ${a.articles}`))));
  setList("top-issues", summary.top_issues.map((i) =>
    el("li", {}, i.label, " ", el("span", { class: "count" }, `${i.positions}`))));
}

async function poll() {
  const status = document.getElementById("status");
  try {
    const response = await fetch("/api/summary", { cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render(await response.json());
    status.textContent = `updated ${new Date().toLocaleTimeString()}`;
    status.className = "status ok";
  } catch (error) {
    status.textContent = `worker unreachable (${error.message})`;
    status.className = "status error";
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

poll();
