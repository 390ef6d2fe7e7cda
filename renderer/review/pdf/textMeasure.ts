/**
 * Measures text the way the PDF text layer draws it, to stretch each line of the model's text over the width
 * its box has on the page. One shared canvas context; the layer's CSS uses the same font family.
 */
export const TEXT_LAYER_FONT = 'sans-serif';

let context: CanvasRenderingContext2D | null = null;

export function measureTextWidth(text: string, fontSizePx: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSizePx * 0.5;
  context.font = `${fontSizePx}px ${TEXT_LAYER_FONT}`;
  return context.measureText(text).width;
}
