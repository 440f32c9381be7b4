// Draws the participants on the offline basemap (static/img/europe-map.svg)
// from the directory's GeoJSON. Without script the figure stays hidden and the
// table says it all. The projection's parameters travel in the basemap itself
// (tools/basemap/build.mjs writes them), so the two can never disagree.
(function () {
  "use strict";
  var figure = document.querySelector(".participants-map");
  if (!figure || !window.fetch) return;
  var SVG = "http://www.w3.org/2000/svg";

  function project(parameters, longitude, latitude) {
    var radians = Math.PI / 180;
    var lambda = (longitude - parameters.centreLongitude) * radians;
    var phi = latitude * radians;
    return [
      parameters.translate[0] + parameters.scale * lambda * Math.cos(parameters.parallel * radians),
      parameters.translate[1] - parameters.scale * phi,
    ];
  }

  function marker(parameters, feature) {
    var point = project(parameters, feature.geometry.coordinates[0], feature.geometry.coordinates[1]);
    var properties = feature.properties;
    var link = document.createElementNS(SVG, "a");
    link.setAttribute("href", properties.url);
    link.setAttribute("class", "marker marker-" + properties.kind);
    var label = properties.name + ", " + properties.country.name;
    if (properties.participant_number) label += " (participant no. " + properties.participant_number + ")";
    link.setAttribute("aria-label", label);
    var dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("cx", point[0].toFixed(1));
    dot.setAttribute("cy", point[1].toFixed(1));
    dot.setAttribute("r", "6");
    var title = document.createElementNS(SVG, "title");
    title.textContent = label;
    dot.appendChild(title);
    link.appendChild(dot);
    return link;
  }

  Promise.all([
    fetch(figure.dataset.basemap).then(function (response) { return response.text(); }),
    fetch(figure.dataset.geojson).then(function (response) {
      if (!response.ok) throw new Error("GeoJSON: HTTP " + response.status);
      return response.json();
    }),
  ]).then(function (loaded) {
    var canvas = figure.querySelector(".map-canvas");
    canvas.innerHTML = loaded[0];
    var svg = canvas.querySelector("svg");
    var parameters = JSON.parse(svg.getAttribute("data-projection"));
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", "Map of the participants");
    svg.querySelector(".countries").setAttribute("aria-hidden", "true");
    var markers = document.createElementNS(SVG, "g");
    markers.setAttribute("class", "markers");
    loaded[1].features.forEach(function (feature) { markers.appendChild(marker(parameters, feature)); });
    svg.appendChild(markers);
    figure.dataset.markers = String(loaded[1].features.length);
    figure.hidden = false;
  }).catch(function (error) {
    // The table below lists the same participants: no map is no loss of content.
    figure.hidden = true;
    if (window.console) console.warn("Participants map not drawn:", error);
  });
})();
