import { Circle, Group, Rect, Text } from 'react-konva';
import type { Rect as BoxRect } from '../../shared/geometry/boardGeometry';
import type { BoardVotes } from '../../shared/model/Votes';
import type { DrawnNote } from './drawNotes';
import { FONT_FAMILY } from './noteStyle';
import { handleRect } from './resizeHandle';

/** The resize handle on the selected note's bottom-right corner (hit-tested in useCanvasGestures). */
export function ResizeHandle({ rect, scale }: { rect: BoxRect; scale: number }) {
  const h = handleRect(rect, scale);
  return <Rect x={h.x} y={h.y} width={h.w} height={h.h} fill="#ffffff" stroke="#1d6fe0" strokeWidth={2 / scale} cornerRadius={2 / scale} />;
}

/**
 * A vote's dots: one red disc with the count on each note that got votes, on its top-right corner,
 * sized with the note so the room can read it at the same distance as the note's text.
 */
export function VoteDots({
  drawn,
  votes,
  hidden,
  scale,
}: {
  drawn: readonly DrawnNote[];
  votes: BoardVotes | null | undefined;
  hidden: readonly string[];
  scale: number;
}) {
  if (!votes) return null;
  const skip = new Set(hidden);
  return (
    <>
      {drawn.map(({ note, rect }) => {
        const n = votes.counts[note.id];
        if (!n || skip.has(note.id)) return null;
        // Never smaller than 11 screen pixels: a count must be readable even when the whole board is shown.
        const r = Math.max(11 / scale, Math.max(12, Math.min(30, Math.min(rect.w, rect.h) * 0.18)));
        const label = String(n);
        const size = r * (label.length > 2 ? 0.8 : 1.1);
        return (
          <Group key={note.id} x={rect.x + rect.w - r * 0.6} y={rect.y + r * 0.6}>
            <Circle radius={r} fill="#d32f2f" stroke="#ffffff" strokeWidth={Math.max(2, r * 0.12)} />
            <Text
              text={label}
              x={-r}
              y={-size * 0.55}
              width={r * 2}
              align="center"
              fontSize={size}
              fontStyle="bold"
              fontFamily={FONT_FAMILY}
              fill="#ffffff"
            />
          </Group>
        );
      })}
    </>
  );
}
