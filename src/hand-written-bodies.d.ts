// The module src/integrations/hand-written-bodies.ts serves: report id → its compiled MDX.
declare module "virtual:minsheng/hand-written-bodies" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";
  const bodies: Record<string, () => Promise<{ default: AstroComponentFactory }>>;
  export default bodies;
}
