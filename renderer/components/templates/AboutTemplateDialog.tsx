import { pick } from '../../../shared/i18n';
import type { Board } from '../../../shared/model/Board';
import type { Provenance } from '../../../shared/model/Template';
import { useApp } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { Dialog } from '../Dialog';

/**
 * Where each block's (or column's) wording comes from, so a facilitator knows what is official
 * and what is our proposal. Shows the board's own layout, which may have been edited.
 */
export function AboutTemplateDialog({ board, onClose }: { board: Board; onClose(): void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const template = useApp((s) => s.library?.templates.find((x) => x.id === board.templateId));
  const parts: { id: string; label: string; provenance: Provenance; source?: string }[] =
    board.layout.kind === 'canvas'
      ? board.layout.blocks.map((b) => ({
          id: b.id,
          label: pick(lang, b.label_th, b.label_en),
          provenance: b.provenance,
          source: b.source_url,
        }))
      : board.layout.columns.map((c) => ({ id: c.id, label: pick(lang, c.label_th, c.label_en), provenance: c.provenance }));

  return (
    <Dialog title={t('aboutTemplate')} onClose={onClose} testId="about-template">
      {template && (
        <>
          <p>
            <strong>{t('madeFrom', { name: pick(lang, template.name_th, template.name_en) })}</strong>
          </p>
          <p className="about-description">{pick(lang, template.description_th, template.description_en)}</p>
        </>
      )}
      <p className="muted">{t('aboutIntro')}</p>
      <table className="provenance-table">
        <tbody>
          {parts.map((p) => (
            <tr key={p.id} data-testid={`provenance-${p.id}`} data-provenance={p.provenance}>
              <td>{p.label}</td>
              <td>
                <span className={`prov-badge ${p.provenance}`}>{t(`prov_${p.provenance}`)}</span>
              </td>
              <td>
                {p.source && (
                  <a href={p.source} target="_blank" rel="noreferrer noopener" title={p.source}>
                    {hostOf(p.source)}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button className="primary" data-testid="about-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

/** A source shown by its site name; the full address is in the tooltip. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
