// The relation graphs: around a fact (its page holds the data) and of the whole base (a data file
// loaded on demand). Drawn with sigma.js over graphology (assets/vendor, loaded only when a graph
// is drawn), from places computed when the site was written. Selecting a fact opens its page;
// hovering one shows its links; on the whole graph, a box finds a fact by id or name.
(function () {
  "use strict";

  var site = window.FactBaseSite;
  var root = document.body.getAttribute("data-root") || "";
  var libraries = null;

  function loadLibraries() {
    if (!libraries) {
      libraries = site.loadScript(root + "assets/vendor/graphology.umd.min.js").then(function () {
        return site.loadScript(root + "assets/vendor/sigma.min.js");
      });
    }
    return libraries;
  }

  function palette() {
    var style = getComputedStyle(document.documentElement);
    var colours = [];
    for (var i = 0; i < 12; i++) colours.push(style.getPropertyValue("--k" + i).trim() || "#4e79a7");
    return colours;
  }

  function factUrl(id) {
    return root + "facts/" + encodeURIComponent(id) + ".html";
  }

  // The data's columns as a graphology graph: a node a fact, an edge a link named by its field.
  function build(data, local) {
    var colours = palette();
    var graph = new window.graphology.MultiDirectedGraph();
    var degree = new Array(data.ids.length).fill(0);
    for (var e = 0; e < data.edges.length; e += 3) {
      degree[data.edges[e]]++;
      degree[data.edges[e + 1]]++;
    }
    for (var i = 0; i < data.ids.length; i++) {
      var depth = local ? data.depth[i] : 1;
      graph.addNode(data.ids[i], {
        x: data.x[i],
        y: -data.y[i],
        label: data.labels[i],
        kind: data.kinds ? data.kinds[data.nodeKinds[i]] : undefined,
        color: colours[data.nodeKinds[i] % 12],
        size: local ? (depth === 0 ? 14 : depth === 1 ? 9 : 6) : Math.min(14, (data.ids.length <= 300 ? 4 : 2.5) + Math.sqrt(degree[i]) * 1.4),
        depth: depth
      });
    }
    for (var k = 0; k < data.edges.length; k += 3) {
      graph.addEdge(data.ids[data.edges[k]], data.ids[data.edges[k + 1]], {
        label: data.fields[data.edges[k + 2]],
        size: local ? 1.5 : 0.6,
        color: local ? "#8c959f" : "#c6ccd3",
        type: "arrow"
      });
    }
    return graph;
  }

  // Hovering a fact dims all but it and its neighbours.
  function highlight(renderer, graph) {
    var hovered = null, neighbours = null;
    renderer.on("enterNode", function (event) {
      hovered = event.node;
      neighbours = new Set(graph.neighbors(hovered));
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", function () {
      hovered = null;
      neighbours = null;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.setSetting("nodeReducer", function (node, attributes) {
      if (!hovered || node === hovered || neighbours.has(node)) {
        return node === hovered ? Object.assign({}, attributes, { highlighted: true, forceLabel: true }) : attributes;
      }
      return Object.assign({}, attributes, { color: "#e3e6ea", label: "" });
    });
    renderer.setSetting("edgeReducer", function (edge, attributes) {
      if (!hovered || graph.hasExtremity(edge, hovered)) return attributes;
      return Object.assign({}, attributes, { hidden: true });
    });
  }

  function zoomButtons(container, renderer) {
    var tools = site.element("div", "graph-zoom");
    [["+", "Zoom in", function (c) { c.animatedZoom({ duration: 200 }); }],
     ["−", "Zoom out", function (c) { c.animatedUnzoom({ duration: 200 }); }],
     ["⤢", "Show all", function (c) { c.animatedReset({ duration: 200 }); }]].forEach(function (spec) {
      var button = site.element("button", null, spec[0]);
      button.type = "button";
      button.setAttribute("aria-label", spec[1]);
      button.title = spec[1];
      button.addEventListener("click", function () { spec[2](renderer.getCamera()); });
      tools.appendChild(button);
    });
    container.appendChild(tools);
  }

  function draw(container, data, local) {
    return loadLibraries().then(function () {
      performance.mark("factbase-graph-library");
      var graph = build(data, local);
      // A small base shows every name; a large one only those a zoom makes room for.
      var few = data.ids.length <= 300;
      var renderer = new window.Sigma(graph, container, {
        renderEdgeLabels: local,
        labelRenderedSizeThreshold: local || few ? 0 : 9,
        labelDensity: local || few ? 1 : 0.3,
        labelFont: "system-ui, sans-serif",
        labelColor: { color: "#1b1f24" },
        edgeLabelColor: { color: "#57606a" },
        edgeLabelSize: 11,
        hideEdgesOnMove: !local,
        zIndex: true,
        minCameraRatio: 0.02,
        maxCameraRatio: 4
      });
      highlight(renderer, graph);
      renderer.on("clickNode", function (event) { window.location.href = factUrl(event.node); });
      renderer.on("enterNode", function () { container.style.cursor = "pointer"; });
      renderer.on("leaveNode", function () { container.style.cursor = ""; });
      zoomButtons(container, renderer);
      container.appendChild(site.element("p", "graph-hint", local ? "Select a fact to open it." : "Hover a fact for its links; select it to open it."));
      container.classList.add("drawn");
      // For whoever inspects the page (its tests among them): the graph as drawn.
      container.factbaseGraph = graph;
      container.factbaseRenderer = renderer;
      container.setAttribute("data-ready", "true");
      performance.mark("factbase-graph-drawn");
      return renderer;
    });
  }

  // The whole graph's find box: the first fact whose id or name holds the words, centred and marked.
  function finder(renderer, graph) {
    var input = document.getElementById("graph-find");
    var status = document.getElementById("graph-find-status");
    if (!input) return;
    var nodes = graph.nodes().map(function (node) {
      return { node: node, text: site.foldQuery(node + " " + graph.getNodeAttribute(node, "label")) };
    });
    var found = null;
    input.addEventListener("input", function () {
      var query = site.foldQuery(input.value);
      if (found) graph.removeNodeAttribute(found, "highlighted");
      found = null;
      if (query) {
        for (var i = 0; i < nodes.length; i++) {
          if (nodes[i].text.indexOf(query) >= 0) { found = nodes[i].node; break; }
        }
      }
      if (found) {
        graph.setNodeAttribute(found, "highlighted", true);
        var position = renderer.getNodeDisplayData(found);
        renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.15 }, { duration: 300 });
        status.textContent = graph.getNodeAttribute(found, "label") + " (" + found + "): press Enter to open it.";
      } else {
        status.textContent = query ? "No fact's id or name holds that." : "";
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && found) window.location.href = factUrl(found);
    });
  }

  function start() {
    var local = document.querySelector(".graph-view.local");
    if (local) {
      var data = JSON.parse(document.getElementById(local.getAttribute("data-graph")).textContent);
      draw(local, data, true).catch(function (error) { local.setAttribute("data-error", error.message); });
    }
    var whole = document.querySelector(".graph-view.whole");
    if (whole) {
      site.loadScript(whole.getAttribute("data-graph-src")).then(function () {
        performance.mark("factbase-graph-data");
        return draw(whole, window.FactBaseData.graph, false);
      }).then(function (renderer) {
        finder(renderer, whole.factbaseGraph);
      }).catch(function (error) { whole.setAttribute("data-error", error.message); });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
