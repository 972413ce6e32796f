import { expect, type Page } from '@playwright/test';
import { VIEWPORTS } from './axe.ts';

// Measurements of the rendered page, for WCAG criteria that axe cannot judge alone.
// Each returns a list of problems (empty when fine), so a failure names the elements.

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

/**
 * WCAG 2.5.8 Target Size (Minimum): each target is at least 24×24 CSS px, or an undersized
 * target's 24 px circle touches no other target (the spacing exception), or it is a link
 * inside a sentence (the inline exception).
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const MIN = 24;
    const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility({ visibilityProperty: true }) && r.width > 1 && r.bottom > 0;
    });
    const rects = shown.map((el) => el.getBoundingClientRect());
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const small = (r: DOMRect) => r.width < MIN - 0.5 || r.height < MIN - 0.5;
    // A link whose line has other text is "inline": its size is set by the line of text.
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.closest('p, li, dd, td, div');
      const text = block?.textContent?.replace(el.textContent ?? '', '').trim() ?? '';
      return text.length > 0;
    };
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(
        Math.max(r.left - p.x, 0, p.x - r.right),
        Math.max(r.top - p.y, 0, p.y - r.bottom),
      );
    const problems: string[] = [];
    shown.forEach((el, i) => {
      const r = rects[i]!;
      if (!small(r) || inSentence(el)) return;
      const c = centre(r);
      const crowded = rects.some((other, j) => {
        if (j === i || shown[j]!.contains(el) || el.contains(shown[j]!)) return false;
        // Two undersized targets need 24 px between centres; a full-size one, 12 px to its edge.
        return small(other)
          ? Math.hypot(c.x - centre(other).x, c.y - centre(other).y) < MIN
          : distanceToRect(c, other) < MIN / 2;
      });
      if (crowded) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        problems.push(
          `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${name}" is ` +
            `${r.width.toFixed(1)}×${r.height.toFixed(1)} px and too close to another target`,
        );
      }
    });
    return problems;
  }, INTERACTIVE);
}

/** WCAG 1.4.10 Reflow: nothing scrolls sideways (check at 320 px wide). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= width) return [];
    // Name the widest offenders to make the failure easy to fix.
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
    return [`page is ${scroll} px wide in a ${width} px viewport: ${wide.join(', ')}`];
  });
}

/**
 * Text clipped by its box: an element that hides overflow but whose content is bigger than it.
 * Used with 200% text (WCAG 1.4.4). Screen-reader-only text is clipped on purpose and skipped.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      const cutX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if ((cutX || cutY) && (el.textContent ?? '').trim() !== '') {
        problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> clips its text`);
      }
    }
    return problems;
  });
}

/** Makes all text twice its size, the way a reader's text-size setting does. */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

/**
 * WCAG 2.4.11 Focus Not Obscured (Minimum): focuses each tabbable element in turn, forward
 * and back (focus() scrolls it into view as Tab does) and lists those hidden behind fixed or sticky content,
 * such as an "Exit this page" button: hidden means every sampled point of the element is
 * covered by such content. One round trip for the whole page keeps the sweep fast.
 */
export async function obscuredFocusStops(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const pinned = (node: Element | null): Element | null => {
      for (let n = node; n; n = n.parentElement) {
        const position = getComputedStyle(n).position;
        if (position === 'fixed' || position === 'sticky') return n;
      }
      return null;
    };
    const hidden = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const inset = Math.min(2, r.width / 4, r.height / 4);
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
      return (
        points.length > 0 &&
        points.every(([x, y]) => {
          const top = document.elementFromPoint(x!, y!);
          const cover = pinned(top);
          return cover !== null && !cover.contains(el) && !el.contains(top);
        })
      );
    };
    const problems: string[] = [];
    const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.checkVisibility(),
    );
    // Forward (Tab: elements come in at the bottom edge) and back (Shift+Tab: they come in at
    // the top, where a sticky bar sits).
    for (const [order, list] of [
      ['Tab', tabbable],
      ['Shift+Tab', [...tabbable].reverse()],
    ] as const) {
      for (const el of list) {
        el.focus();
        if (document.activeElement === el && hidden(el)) {
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
          const tag = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
          problems.push(`${tag} "${name}" is hidden when reached with ${order}`);
        }
      }
    }
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return problems;
  }, INTERACTIVE);
}

/**
 * WCAG 2.4.7 Focus Visible: focuses each tabbable element and lists those whose focus ring
 * (outline and box-shadow spread) would be cut off by an ancestor that clips what is drawn
 * outside it: overflow other than visible, paint containment, or content-visibility.
 */
export async function clippedFocusRings(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const px = (value: string) => Number.parseFloat(value) || 0;
    const ringReach = (el: HTMLElement) => {
      const style = getComputedStyle(el);
      const outline =
        style.outlineStyle === 'none' ? 0 : px(style.outlineWidth) + px(style.outlineOffset);
      // "color x y blur spread": the spread is the last length, when there are four.
      const lengths =
        style.boxShadow === 'none' ? [] : (style.boxShadow.match(/-?[\d.]+px/g) ?? []);
      const spread = lengths.length >= 4 ? px(lengths[3]!) : 0;
      return Math.max(outline, spread);
    };
    const clips = (node: Element) => {
      const style = getComputedStyle(node);
      return (
        style.overflowX !== 'visible' ||
        style.overflowY !== 'visible' ||
        /paint|strict|content/.test(style.contain) ||
        style.contentVisibility === 'auto' ||
        style.contentVisibility === 'hidden'
      );
    };
    const problems: string[] = [];
    const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.checkVisibility(),
    );
    for (const el of tabbable) {
      el.focus({ focusVisible: true } as FocusOptions);
      if (document.activeElement !== el) continue;
      const reach = ringReach(el);
      const r = el.getBoundingClientRect();
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (!clips(box)) continue;
        const b = box.getBoundingClientRect();
        const style = getComputedStyle(box);
        const edge = {
          left: b.left + px(style.borderLeftWidth),
          right: b.right - px(style.borderRightWidth),
          top: b.top + px(style.borderTopWidth),
          bottom: b.bottom - px(style.borderBottomWidth),
        };
        const cut =
          r.left - reach < edge.left - 0.5 ||
          r.right + reach > edge.right + 0.5 ||
          r.top - reach < edge.top - 0.5 ||
          r.bottom + reach > edge.bottom + 0.5;
        if (cut) {
          const name = (el.getAttribute('aria-label') ?? el.id ?? el.textContent ?? '')
            .trim()
            .slice(0, 30);
          problems.push(
            `<${el.tagName.toLowerCase()}> "${name}": ring cut by <${box.tagName.toLowerCase()} class="${box.className}">`,
          );
          break;
        }
      }
    }
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return problems;
  }, INTERACTIVE);
}

/**
 * Headings start at a single h1 and never skip a level going down (h2 → h4). The error
 * summary's h2 sits above the h1 on purpose (the GOV.UK pattern: it is read first), so
 * headings inside an alert are left out.
 */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !h.closest('[role="alert"]'))
      .filter((h) => (h as HTMLElement).checkVisibility() || h.closest('.visually-hidden'))
      .map((h) => ({ level: Number(h.tagName[1]), text: h.textContent?.trim() ?? '' }));
    const problems: string[] = [];
    const ones = levels.filter((h) => h.level === 1).length;
    if (ones !== 1) problems.push(`${ones} h1 elements, expected 1`);
    if (levels[0] && levels[0].level !== 1) problems.push(`first heading is h${levels[0].level}`);
    levels.forEach((h, i) => {
      const previous = levels[i - 1];
      if (previous && h.level > previous.level + 1) {
        problems.push(
          `h${previous.level} "${previous.text}" is followed by h${h.level} "${h.text}"`,
        );
      }
    });
    return problems;
  });
}

/**
 * With `prefers-reduced-motion: reduce` emulated, lists anything that still moves: running
 * animations, CSS animations or transitions longer than 10 ms, and smooth scrolling.
 */
export async function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(
        ...value.split(',').map((part) => parseFloat(part) * (part.includes('ms') ? 0.001 : 1)),
      );
    const problems: string[] = [];
    for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const tag = `<${el.tagName.toLowerCase()}${pseudo ?? ''}>`;
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) {
          problems.push(`${tag} animates for ${style.animationDuration}`);
        }
        if (seconds(style.transitionDuration) > 0.01) {
          problems.push(`${tag} has a ${style.transitionDuration} transition`);
        }
      }
      if (getComputedStyle(el).scrollBehavior === 'smooth')
        problems.push(`<${el.tagName}> scrolls smoothly`);
    }
    for (const animation of document.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      if (animation.playState === 'running' && duration > 10) {
        problems.push(`an animation of ${duration} ms is running`);
      }
    }
    return problems;
  });
}

/** The layout checks that need no interaction, at 320 px and at 1280 px. */
export async function expectSoundLayout(page: Page, label: string): Promise<void> {
  const found: Record<string, string[]> = {};
  const add = (key: string, problems: string[]) => {
    if (problems.length > 0) found[key] = problems;
  };
  await page.setViewportSize(VIEWPORTS.narrow);
  add('overflow at 320 px', await horizontalOverflow(page));
  add('targets at 320 px', await smallTargets(page));
  await page.setViewportSize(VIEWPORTS.wide);
  add('targets at 1280 px', await smallTargets(page));
  add('headings', await headingProblems(page));
  expect(found, `layout problems on ${label}`).toEqual({});
}
