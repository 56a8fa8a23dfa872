let context: AudioContext | null = null;

/**
 * Three short tones made with WebAudio (no sound file to ship or load). Browsers only let a page
 * make sound after the person has used it; the facilitator has always clicked to start the timer.
 */
export function beep(): void {
  const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
  if (api) api.beeps = ((api.beeps as number | undefined) ?? 0) + 1;
  try {
    context ??= new AudioContext();
    const now = context.currentTime;
    for (let i = 0; i < 3; i++) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.frequency.value = 880;
      const at = now + i * 0.35;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + 0.3);
    }
  } catch {
    /* no audio device: the screen still shows that time is up */
  }
}
