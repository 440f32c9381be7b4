// Writes the participants map's basemap: the countries of Europe as one SVG,
// projected so that static/js/participants-map.js can place participants on it
// from their longitude and latitude alone. Run with `npm install && npm run build`
// in this folder; the output is committed, so neither node nor the network is
// needed to serve or test the site.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoPath, geoProjection } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const countries = feature(world, world.objects.countries);

// An equirectangular projection with longitudes shrunk by cos(50°), the middle
// of Europe: simple enough to recompute in a dozen lines of browser script.
const PARALLEL = (50 * Math.PI) / 180;
const CENTRE_LONGITUDE = 15;
const WIDTH = 800;
const HEIGHT = 640;
const raw = (lambda, phi) => [lambda * Math.cos(PARALLEL), phi];
const frame = {
  type: "Polygon",
  coordinates: [[[-25, 34], [-25, 71.5], [50, 71.5], [50, 34], [-25, 34]]],
};
const projection = geoProjection(raw)
  .rotate([-CENTRE_LONGITUDE, 0])
  .fitSize([WIDTH, HEIGHT], frame)
  .clipExtent([[0, 0], [WIDTH, HEIGHT]])
  .precision(0.5);
const path = geoPath(projection).digits(1);

const paths = countries.features
  .map((country) => {
    const d = path(country);
    return d ? `  <path d="${d}"><title>${country.properties.name}</title></path>` : "";
  })
  .filter(Boolean);

const [tx, ty] = projection.translate();
const parameters = {
  scale: projection.scale(),
  translate: [tx, ty],
  parallel: 50,
  centreLongitude: CENTRE_LONGITUDE,
};
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" data-projection='${JSON.stringify(parameters)}'>
  <!-- Made by tools/basemap/build.mjs from Natural Earth (public domain) through world-atlas. -->
  <g class="countries">
${paths.join("\n")}
  </g>
</svg>
`;
writeFileSync(process.argv[2], svg);
console.log(`${process.argv[2]}: ${paths.length} countries, ${Math.round(svg.length / 1024)} KiB, projection ${JSON.stringify(parameters)}`);
