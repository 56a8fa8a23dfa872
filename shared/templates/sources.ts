/** Public sources domain.md cites for the wording of the built-in templates. */
export const SOURCES = {
  /** CDD: the five community capitals and what each covers. */
  cddCapitals: 'http://silalat.cdd.go.th/?page_id=1180',
  /** CDD framework: community capital as natural and man-made assets that yield livelihoods. */
  cddCapitalFramework: 'https://slideplayer.in.th/amp/2036781',
  /** SWOT: S/W internal and controllable, O/T external and uncontrollable. */
  swot: 'https://www.gotoknow.org/posts/26475',
  /** Usual Thai labels of the Business Model Canvas blocks. */
  bmcThaiLabels: 'https://thewisdom.co/content/what-is-business-model-canvas/',
  /** Standard guiding questions of the Business Model Canvas. */
  bmcQuestions: 'https://inreins.info/template',
  /** Lean Canvas blocks and sub-prompts (LeanStack, CC BY-SA 3.0). */
  leanCanvas: 'https://github.com/lightenna/thinkope',
  /** Mission Model Canvas (Blank, Newell, Osterwalder, 2016). */
  missionCanvas:
    'https://steveblank.com/2016/02/23/the-mission-model-canvas-an-adapted-business-model-canvas-for-mission-driven-organizations/',
} as const;
