import type { EventType } from '@sijill/contracts';
import { s } from './dom';

/** How each event type looks: a label, an icon drawn on a 24×24 grid, and its colour class. */
interface TypeStyle {
  readonly label: string;
  readonly labelAr: string;
  readonly icon: string;
}

const circle = (cx: number, cy: number, r: number): string =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

export const EVENT_TYPE_STYLES: Readonly<Record<EventType, TypeStyle>> = {
  visit: {
    label: 'Visit',
    labelAr: 'زيارة',
    icon: 'M21 15.5v-2L13.5 9V4a1.5 1.5 0 0 0-3 0v5L3 13.5v2l7.5-2.3V18l-2 1.5V21l3.5-1 3.5 1v-1.5l-2-1.5v-4.8z',
  },
  summit: {
    label: 'Summit',
    labelAr: 'قمة',
    icon: `${circle(5, 9, 2.5)}${circle(12, 6, 2.5)}${circle(19, 9, 2.5)}M2 15h20v3H2z`,
  },
  meeting: {
    label: 'Meeting',
    labelAr: 'لقاء',
    icon: `${circle(7, 7, 3)}${circle(17, 7, 3)}M2 20c0-4.5 2-7 5-7s5 2.5 5 7zM12 20c0-4.5 2-7 5-7s5 2.5 5 7z`,
  },
  call: {
    label: 'Call',
    labelAr: 'اتصال',
    icon: 'M6 3h4l2 5-2.5 1.5a11 11 0 0 0 5 5L16 12l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z',
  },
  statement: {
    label: 'Statement',
    labelAr: 'بيان',
    icon: 'M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
  },
};

/** The type's icon, hidden from assistive technology (the label beside it says the same). */
export function typeIcon(type: EventType): SVGSVGElement {
  return s(
    'svg',
    {
      class: `type-icon type-${type}`,
      viewBox: '0 0 24 24',
      width: 24,
      height: 24,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    s('path', { d: EVENT_TYPE_STYLES[type].icon, fill: 'currentColor' }),
  );
}
