/* Kyosei graph canvas: Cytoscape.js with its style, the WebGL renderer for large graphs, and labels thinned out
 * when a crowded graph is zoomed out. */
window.Kyosei = window.Kyosei || {};
(function (K) {
  'use strict';
  /** Above this many elements the graph is drawn with Cytoscape.js's WebGL renderer (when the browser has WebGL 2). */
  const WEBGL_ABOVE = 2000;
  /** A crowded graph zoomed out below 1 keeps the labels of this many best-connected entities (and the marked ones). */
  const LABELS_KEPT = 60;

  if (window.cytoscapeFcose) { cytoscape.use(window.cytoscapeFcose); }

  const STYLE = [
    { selector: 'node', style: {
      'background-color': 'data(color)', shape: 'data(shape)', label: 'data(caption)', 'font-size': 10,
      'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22,
      'border-width': 1, 'border-color': '#fff' } },
    { selector: 'node.minor', style: { label: '' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#00b3ff', label: 'data(caption)' } },
    { selector: 'node.evidence', style: { 'border-width': 4, 'border-color': '#ff2d7a' } },
    { selector: 'node.centre', style: { width: 32, height: 32 } },
    { selector: 'edge', style: {
      width: 'mapData(confidence, 0, 1, 0.5, 2.5)', 'line-color': '#9aa6b8', 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa6b8', 'arrow-scale': 0.6,
      label: 'data(caption)', 'font-size': 7, 'min-zoomed-font-size': 9, color: '#5b6676' } },
    { selector: 'edge.minor', style: { label: '' } },
    { selector: 'edge.path', style: { 'line-color': '#ff2d7a', 'target-arrow-color': '#ff2d7a', width: 3 } },
    { selector: '.hidden-type', style: { display: 'none' } }
  ];

  let webglChecked = null;
  function webglAvailable() {
    if (webglChecked === null) {
      try { webglChecked = !!document.createElement('canvas').getContext('webgl2'); } catch (e) { webglChecked = false; }
    }
    return webglChecked;
  }

  /**
   * The graph of one container. bind(cy) attaches the page's event handlers; it is called again when the graph moves
   * to the WebGL renderer (Cytoscape.js picks its renderer once, when created).
   */
  function Graph(container, bind) {
    this.container = container;
    this.bind = bind;
    this.webgl = false;
    this.webglAbove = WEBGL_ABOVE;
    this.minor = null;
    this.crowded = null;
    this.cy = this.create(false);
  }

  Graph.prototype.create = function (webgl) {
    const cy = cytoscape(Object.assign({
      container: this.container, wheelSensitivity: 0.3, textureOnViewport: true, hideEdgesOnViewport: true, minZoom: 0.05,
      style: STYLE
    }, webgl ? { renderer: { name: 'canvas', webgl: true } } : {}));
    cy.on('zoom', () => this.declutter());
    this.bind(cy);
    window.kyoseiGraph = cy;
    return cy;
  };

  /** Moves a graph grown past the threshold to the WebGL renderer; answers the graph to use from now on. */
  Graph.prototype.fitRenderer = function () {
    if (this.webgl || this.cy.elements().length <= this.webglAbove || !webglAvailable()) { return this.cy; }
    const elements = this.cy.elements().jsons();
    this.cy.destroy();
    this.webgl = true;
    this.cy = this.create(true);
    this.cy.add(elements);
    return this.cy;
  };

  /**
   * After a layout: which labels a crowded, zoomed-out graph drops: those of the ties, and of the entities but the
   * best-connected and the marked ones.
   */
  Graph.prototype.rankLabels = function () {
    const cy = this.cy;
    const nodes = cy.nodes();
    cy.batch(() => nodes.removeClass('minor'));
    this.crowded = null;
    if (nodes.length <= 2 * LABELS_KEPT) { this.minor = null; return; }
    const ranked = nodes.sort((a, b) => b.degree(false) - a.degree(false));
    // the WebGL renderer draws labels however small, so a crowded graph's tie labels go too
    this.minor = ranked.slice(LABELS_KEPT).filter((n) => !n.hasClass('centre') && !n.hasClass('evidence'))
      .union(cy.edges().filter((e) => !e.hasClass('path')));
    this.declutter();
  };

  Graph.prototype.declutter = function () {
    if (!this.minor) { return; }
    const crowded = this.cy.zoom() < 1;
    if (crowded === this.crowded) { return; }
    this.crowded = crowded;
    const minor = this.minor;
    this.cy.batch(() => { if (crowded) { minor.addClass('minor'); } else { minor.removeClass('minor'); } });
  };

  K.Graph = Graph;
})(window.Kyosei);
