import { useState } from 'react';
import type { Board } from '../../../shared/model/Board';
import { useApp } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { AboutTemplateDialog } from './AboutTemplateDialog';
import { AddBlockDialog } from './AddBlockDialog';
import { BlockEditDialog } from './BlockEditDialog';
import type { CanvasBoard } from '../../../shared/edits/blocks';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { TemplateSetsDialog } from './TemplateSetsDialog';

type Open = 'edit' | 'add' | 'about' | 'save' | 'sets' | null;

/**
 * Template tools for the open board: edit the selected block, add a block, see where the wording
 * comes from, save the layout as a template, manage template sets.
 */
export function TemplateBar({ board }: { board: Board }) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const selectedId = useApp((s) => s.selectedBlockId);
  const canvas = board.layout.kind === 'canvas' ? (board as CanvasBoard) : null;
  const block = canvas?.layout.blocks.find((b) => b.id === selectedId);
  const close = () => setOpen(null);

  return (
    <div className="template-bar" role="toolbar">
      {canvas && (
        <>
          <button
            data-testid="edit-block"
            disabled={!block}
            title={block ? undefined : t('selectBlockHint')}
            onClick={() => setOpen('edit')}
          >
            ✎ {t('editBlock')}
          </button>
          <button data-testid="add-block" onClick={() => setOpen('add')}>
            + {t('addBlock')}
          </button>
        </>
      )}
      <button data-testid="about-template-open" onClick={() => setOpen('about')}>
        {t('aboutTemplate')}
      </button>
      <button data-testid="save-as-template" onClick={() => setOpen('save')}>
        {t('saveAsTemplate')}
      </button>
      <button data-testid="template-sets-open" onClick={() => setOpen('sets')}>
        {t('templateSets')}…
      </button>
      {canvas && !block && <small className="muted">{t('selectBlockHint')}</small>}
      {open === 'edit' && canvas && block && <BlockEditDialog key={block.id} board={canvas} block={block} onClose={close} />}
      {open === 'add' && canvas && <AddBlockDialog board={canvas} onClose={close} />}
      {open === 'about' && <AboutTemplateDialog board={board} onClose={close} />}
      {open === 'save' && <SaveAsTemplateDialog board={board} onClose={close} />}
      {open === 'sets' && <TemplateSetsDialog onClose={close} />}
    </div>
  );
}
