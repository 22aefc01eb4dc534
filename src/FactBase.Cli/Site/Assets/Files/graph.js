// The relation graphs: around a fact and of the whole base, both from the whole base's data file,
// loaded when a graph is drawn (no page carries graph data of its own). Drawn with sigma.js over graphology (assets/vendor, loaded only when a graph
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

  // The graph around one fact: the fact in the middle, the facts its fields name or that name it on a
  // ring (depth 1), and theirs on an outer ring, each in the sector of the fact that leads to it
  // (depth 2). Neighbours come in the order of the facts. A hub's neighbourhood is cut at MAX_NODES
  // facts, nearest first; walking stops at the cut, so a fact next to a hub costs no more than any other.
  var MAX_NODES = 50;

  function neighbours(whole) {
    var sets = whole.ids.map(function () { return []; });
    for (var e = 0; e < whole.edges.length; e += 3) {
      var from = whole.edges[e], to = whole.edges[e + 1];
      if (from !== to) {
        sets[from].push(to);
        sets[to].push(from);
      }
    }
    return sets.map(function (list) {
      list.sort(function (a, b) { return a - b; });
      return list.filter(function (node, i) { return i === 0 || list[i - 1] !== node; });
    });
  }

  function around(whole, id) {
    var center = whole.ids.indexOf(id);
    if (center < 0) return null;
    var links = neighbours(whole);
    var nodes = [center], depth = [0], included = new Map([[center, 0]]), ring = [], cut = false;
    for (var i = 0; i < links[center].length; i++) {
      if (nodes.length === MAX_NODES) { cut = true; break; }
      included.set(links[center][i], nodes.length);
      ring.push(links[center][i]);
      nodes.push(links[center][i]);
      depth.push(1);
    }
    // The facts a ring-1 fact leads to are nodes[firstChild[k]..firstChild[k + 1]].
    var firstChild = [];
    for (var k = 0; k < ring.length; k++) {
      firstChild.push(nodes.length);
      var next = links[ring[k]];
      for (var n = 0; n < next.length; n++) {
        if (included.has(next[n])) continue;
        if (nodes.length === MAX_NODES) { cut = true; break; }
        included.set(next[n], nodes.length);
        nodes.push(next[n]);
        depth.push(2);
      }
    }
    firstChild.push(nodes.length);
    var x = [0], y = [0], total = 0;
    for (k = 0; k < ring.length; k++) total += Math.max(1, firstChild[k + 1] - firstChild[k]);
    var angle = -Math.PI / 2, outer = ring.length > 12 ? 2.6 : 2;
    for (k = 0; k < ring.length; k++) {
      var kids = firstChild[k + 1] - firstChild[k];
      var width = 2 * Math.PI * Math.max(1, kids) / total;
      x[k + 1] = Math.cos(angle + width / 2);
      y[k + 1] = Math.sin(angle + width / 2);
      for (var c = 0; c < kids; c++) {
        x[firstChild[k] + c] = outer * Math.cos(angle + width * (c + 0.5) / kids);
        y[firstChild[k] + c] = outer * Math.sin(angle + width * (c + 0.5) / kids);
      }
      angle += width;
    }
    // The links among the facts shown, in the order of the whole graph's.
    var edges = [];
    for (var e = 0; e < whole.edges.length; e += 3) {
      var from = included.get(whole.edges[e]), to = included.get(whole.edges[e + 1]);
      if (from !== undefined && to !== undefined) edges.push(from, to, whole.edges[e + 2]);
    }
    return {
      kinds: whole.kinds,
      ids: nodes.map(function (node) { return whole.ids[node]; }),
      labels: nodes.map(function (node) { return whole.labels[node]; }),
      nodeKinds: nodes.map(function (node) { return whole.nodeKinds[node]; }),
      x: x, y: y, depth: depth, fields: whole.fields, edges: edges, cut: cut
    };
  }

  // Loaded once, by whichever graph on the page asks first.
  function wholeData(src) {
    return site.loadScript(src).then(function () {
      performance.mark("factbase-graph-data");
      return window.FactBaseData.graph;
    });
  }

  function plural(count, noun) {
    return count + " " + noun + (count === 1 ? "" : "s");
  }

  function start() {
    var local = document.querySelector(".graph-view.local");
    if (local) {
      wholeData(local.getAttribute("data-graph-src")).then(function (whole) {
        var data = around(whole, local.getAttribute("data-id"));
        if (!data) throw new Error("This fact is not in the graph's data file.");
        var links = data.edges.length / 3;
        local.setAttribute("aria-label", local.getAttribute("aria-label") + ": " + plural(data.ids.length, "fact") + ", " + plural(links, "link"));
        if (data.cut) {
          document.querySelector(".graph-note").textContent = "The " + data.ids.length +
            " facts nearest this one, of those linked to it and to them: the whole graph shows the rest. Select a fact to open it.";
        }
        return draw(local, data, true);
      }).catch(function (error) { local.setAttribute("data-error", error.message); });
    }
    var whole = document.querySelector(".graph-view.whole");
    if (whole) {
      wholeData(whole.getAttribute("data-graph-src")).then(function (data) {
        return draw(whole, data, false);
      }).then(function (renderer) {
        finder(renderer, whole.factbaseGraph);
      }).catch(function (error) { whole.setAttribute("data-error", error.message); });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
