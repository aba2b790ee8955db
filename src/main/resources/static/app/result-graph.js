/* Kyosei analyst screen: "Show in graph" draws a query's result as a small graph of the pseudonymous entities its
 * rows name. Analysts may not call the investigators' graph endpoints, so the picture is built from the rows alone:
 * each row links the entities it names, in column order (a row "broker, employer, organization" draws
 * broker - employer - organization). Nothing leaves the page; the ids stay the read model's pseudonyms. */
(function (K) {
  'use strict';
  const t = K.t;
  const { $, status } = K;
  /** A pseudonym of the analysts' read model (P- and hexadecimal digits). */
  const PSEUDONYM = /^P-[0-9a-f]{6,}$/;
  let cy = null;
  /** The entities and links of the result on show, found once when it arrives. */
  let shown = null;

  /** The entities and links a result's rows name: nodes with the column each was first seen in, links per row. */
  function elements(result) {
    const nodes = new Map();
    const edges = new Map();
    result.rows.forEach((row) => {
      const named = [];
      row.forEach((value, column) => {
        const values = Array.isArray(value) ? value : [value];
        values.forEach((v) => {
          if (typeof v === 'string' && PSEUDONYM.test(v)) {
            if (!nodes.has(v)) { nodes.set(v, result.columns[column]); }
            if (named[named.length - 1] !== v) { named.push(v); }
          }
        });
      });
      for (let i = 1; i < named.length; i++) {
        const key = named[i - 1] < named[i] ? named[i - 1] + '|' + named[i] : named[i] + '|' + named[i - 1];
        edges.set(key, { source: named[i - 1], target: named[i] });
      }
    });
    return {
      nodes: Array.from(nodes, ([id, column]) => ({ data: { id, column, caption: id + '\n' + K.i18n.tOr('ui.column.' + column, column) } })),
      edges: Array.from(edges, ([key, e]) => ({ data: { id: key, source: e.source, target: e.target } }))
    };
  }

  function draw() {
    const found = shown;
    if (!found || !found.nodes.length) { status(t('ui.analyst.graphNone'), true); return; }
    const container = $('result-graph');
    container.hidden = false;
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container,
      elements: found.nodes.concat(found.edges),
      style: [
        { selector: 'node', style: { label: 'data(caption)', 'text-wrap': 'wrap', 'font-size': 9, width: 18, height: 18,
          'background-color': '#3b6ea8', 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa6b8', 'curve-style': 'bezier' } }
      ],
      layout: { name: found.nodes.length > 1 ? 'cose' : 'grid', animate: false },
      maxZoom: 2
    });
    container.dataset.nodes = String(found.nodes.length);
    container.dataset.edges = String(found.edges.length);
    status(t('ui.analyst.graphShown', [found.nodes.length, found.edges.length]));
  }

  /** A new result hides the old picture and enables the button when the rows name an entity. */
  K.analystResultShown = function (result) {
    if (cy) { cy.destroy(); cy = null; }
    $('result-graph').hidden = true;
    shown = result ? elements(result) : null;
    $('result-graph-show').disabled = !shown || !shown.nodes.length;
  };
  $('result-graph-show').addEventListener('click', K.guard(async () => draw()));
})(window.Kyosei);
