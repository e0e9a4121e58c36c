import type { TimelineEntry } from '@sijill/contracts';
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldAtlas from 'world-atlas/countries-110m.json';
import { h, s } from './dom';
import type { DisplayLanguage } from './format-event-date';
import { countryName } from './render-entry';
import type { ViewState } from './view-state';

const WIDTH = 360;
const HEIGHT = 180;
// Antarctica takes a fifth of the height and never hosts an entry here.
const LEFT_OUT = new Set(['010']);

interface CountryShape {
  readonly numeric: string;
  readonly d: string;
  readonly centroid: readonly [number, number] | undefined;
}

/** Country shapes projected once, from the atlas bundled into the page (no tile or map request). */
function projectCountries(): CountryShape[] {
  const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const kept = countries.features.filter((f) => !LEFT_OUT.has(String(f.id)));
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: kept },
  );
  const path = geoPath(projection);
  return kept.map((f) => ({
    numeric: String(f.id),
    d: path(f) ?? '',
    centroid: projection(geoCentroid(f)) ?? undefined,
  }));
}

/** How many entries in view took place in each country (ISO 3166-1 alpha-2). */
export function countPlaces(entries: readonly TimelineEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const country = entry.location?.country;
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/**
 * A small world map of the places of the entries in view: their countries filled, a dot sized by
 * the number of entries, and the same as a list of links that filter on each country.
 */
export class WorldMap {
  private shapes?: CountryShape[];

  constructor(
    private readonly figure: HTMLElement,
    private readonly linkTo: (patch: Partial<ViewState>) => string,
  ) {}

  render(entries: readonly TimelineEntry[], language: DisplayLanguage): void {
    this.shapes ??= projectCountries();
    const counts = countPlaces(entries);
    const byNumeric = new Map<string, string>();
    for (const code of counts.keys()) {
      const numeric = countryCodes.alpha2ToNumeric(code);
      if (numeric !== undefined) byNumeric.set(numeric, code);
    }
    const places = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const summary =
      places.length === 0
        ? 'No entry in view has a place.'
        : `Places of the entries in view: ${places.map(([code, n]) => `${countryName(code, 'en')} ${n}`).join(', ')}.`;
    const svg = s(
      'svg',
      {
        class: 'world-map',
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        role: 'img',
        'aria-labelledby': 'map-title map-summary',
      },
      s('title', { id: 'map-title' }, 'World map of the places in view'),
      s('desc', { id: 'map-summary' }, summary),
      s(
        'g',
        { class: 'countries' },
        ...this.shapes.map((shape) =>
          s('path', {
            d: shape.d,
            class: byNumeric.has(shape.numeric) ? 'country in-view' : 'country',
          }),
        ),
      ),
      s(
        'g',
        { class: 'markers' },
        ...this.shapes
          .filter((shape) => byNumeric.has(shape.numeric) && shape.centroid !== undefined)
          .map((shape) => {
            const [x, y] = shape.centroid ?? [0, 0];
            const n = counts.get(byNumeric.get(shape.numeric) ?? '') ?? 0;
            return s('circle', {
              class: 'marker',
              cx: x.toFixed(1),
              cy: y.toFixed(1),
              r: (2.5 + 1.5 * Math.sqrt(n)).toFixed(1),
            });
          }),
      ),
    );
    const list = h(
      'ul',
      { class: 'place-list' },
      ...places.map(([code, n]) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: this.linkTo({ country: code }), 'data-country': code },
            countryName(code, language),
          ),
          ` ${n}`,
        ),
      ),
    );
    this.figure.replaceChildren(svg, h('figcaption', {}, list));
  }
}
