import { memo } from 'react';
import { Group, Layer, Rect, Text } from 'react-konva';
import type { CanvasLayout } from '../../shared/model/Template';
import { blockRects, trayRect } from '../../shared/geometry/boardGeometry';
import { BLOCK_CONTENT_TOP } from '../../shared/geometry/freeSpot';
import { clampLines } from '../../shared/text';
import { pick, type Lang } from '../../shared/i18n';
import { canvasMeasure, wrapText } from './textMeasure';
import { FONT_FAMILY } from './noteStyle';

const PAD = 14;
const TITLE = 24;
const SUB = 15;
const QUESTION = 14;

interface Props {
  layout: CanvasLayout;
  lang: Lang;
  trayLabel: string;
}

/** The static board: blocks with their titles and guiding questions. Drawn once, never per frame. */
export const ZoneLayer = memo(function ZoneLayer({ layout, lang, trayLabel }: Props) {
  const rects = blockRects(layout);
  const tray = trayRect(layout);
  return (
    <Layer listening={false}>
      {layout.blocks.map((block, i) => {
        const r = rects[i]!;
        const inner = r.w - PAD * 2;
        const title = wrapText(pick(lang, block.label_th, block.label_en), inner, TITLE, 'bold');
        const sub = lang === 'th' && block.label_en ? wrapText(block.label_en, inner, SUB) : [];
        const used = PAD + title.length * TITLE * 1.35 + sub.length * SUB * 1.4 + 6;
        const room = Math.max(0, Math.min(r.h * 0.45, BLOCK_CONTENT_TOP + 60) - used);
        const qText = (lang === 'en' && block.questions_en.length > 0 ? block.questions_en : block.questions_th).join(' ');
        const qLines = clampLines(wrapText(qText, inner, QUESTION), Math.floor(room / (QUESTION * 1.45)), inner, canvasMeasure(QUESTION));
        return (
          <Group key={block.id} x={r.x} y={r.y}>
            <Rect width={r.w} height={r.h} fill={block.color ?? '#ffffff'} stroke="#5b6573" strokeWidth={2} />
            <Text
              x={PAD}
              y={PAD}
              text={title.join('\n')}
              fontSize={TITLE}
              fontStyle="bold"
              fontFamily={FONT_FAMILY}
              fill="#1f2a37"
              lineHeight={1.35}
              wrap="none"
            />
            {sub.length > 0 && (
              <Text
                x={PAD}
                y={PAD + title.length * TITLE * 1.35}
                text={sub.join('\n')}
                fontSize={SUB}
                fontFamily={FONT_FAMILY}
                fill="#5b6573"
                lineHeight={1.4}
                wrap="none"
              />
            )}
            {qLines.length > 0 && (
              <Text
                x={PAD}
                y={used}
                text={qLines.join('\n')}
                fontSize={QUESTION}
                fontFamily={FONT_FAMILY}
                fill="#6b7280"
                lineHeight={1.45}
                wrap="none"
              />
            )}
          </Group>
        );
      })}
      <Rect x={tray.x} y={tray.y} width={tray.w} height={tray.h} stroke="#9aa3af" dash={[12, 8]} strokeWidth={2} cornerRadius={8} />
      <Text x={tray.x + PAD} y={tray.y + PAD} text={trayLabel} fontSize={SUB + 2} fontFamily={FONT_FAMILY} fill="#6b7280" />
    </Layer>
  );
});
