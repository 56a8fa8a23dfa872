import { useState } from 'react';
import { displayNameSchema } from '../../shared/room/protocol';
import { useT } from '../app/useT';

const NAME_KEY = 'cbmc.room.name';
const NAME_MAX = 40;

/** The name typed last time on this device, so joining again is one tap. */
export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    /* private mode: asked again next time */
  }
}

/** The first screen of a participant's page: a display name (Thai), then into the room. */
export function JoinScreen({ workshopHint, onJoin }: { workshopHint?: string; onJoin(name: string): void }) {
  const t = useT();
  const [name, setName] = useState(rememberedName);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) {
      setProblem(name.trim() === '' ? t('joinNameNeeded') : t('joinNameTooLong', { n: NAME_MAX }));
      return;
    }
    rememberName(parsed.data);
    onJoin(parsed.data);
  };
  return (
    <main className="join-screen" data-testid="join-screen">
      <form className="join-card" onSubmit={submit} noValidate>
        <h1>{t('joinTitle')}</h1>
        {workshopHint && <p className="muted">{workshopHint}</p>}
        <label htmlFor="join-name">{t('joinName')}</label>
        <input
          id="join-name"
          data-testid="join-name"
          value={name}
          autoComplete="nickname"
          enterKeyHint="go"
          maxLength={NAME_MAX + 10}
          placeholder={t('joinNamePlaceholder')}
          aria-invalid={problem !== null}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(null);
          }}
        />
        {problem && (
          <p className="join-problem" role="alert" data-testid="join-problem">
            {problem}
          </p>
        )}
        <button type="submit" className="primary join-button" data-testid="join-button">
          {t('joinButton')}
        </button>
        <p className="muted join-hint">{t('joinHint')}</p>
      </form>
    </main>
  );
}
