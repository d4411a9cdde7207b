// What src/integrations/page-files.ts defines for the pages: true in a build, which renders the
// embed frame that integration fills instead of each report's and project's embed page.
interface ImportMetaEnv {
  readonly EMBED_FRAME: boolean;
}
