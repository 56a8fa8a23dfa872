import { HostError, type HostErrorBody } from '../../shared/contract/HostError';
import { isMessageKey } from '../../shared/i18n';

/** The host's refusal of a download route, with its dictionary key, so it reads in the UI language. */
export async function refusalFrom(res: Response): Promise<HostError> {
  const body = (await res.json().catch(() => null)) as { error?: HostErrorBody } | null;
  const error = body?.error;
  return new HostError(
    error?.code ?? 'internal',
    error?.message ?? `the host answered ${res.status}`,
    isMessageKey(error?.key) ? error.key : undefined,
    error?.vars,
  );
}
