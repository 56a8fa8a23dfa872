import { useMemo } from 'react';
import QRCode from 'qrcode';

/** The dark modules of a QR code as one SVG path, one unit per module. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x} ${y}h1v1h-1z`;
  }
  return { size: modules.size, d };
}

/**
 * A QR code drawn as SVG (crisp at any size on a projector), with the four-module quiet zone that
 * phone cameras need around it.
 */
export function QrCode({ text, label, px }: { text: string; label: string; px: number }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg
      className="qr"
      data-testid="room-qr"
      data-text={text}
      role="img"
      aria-label={label}
      width={px}
      height={px}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
