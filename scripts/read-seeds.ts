// The seeds folder as the converter may read it: its regular files, by name. Everything
// else is listed with the reason it was skipped, never read and never fatal: dotfiles, file
// names that are not UTF-8, broken links, links that leave the folder (seeds/x → /etc/passwd),
// folders and devices.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { sep } from "node:path";

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SkippedEntry {
  name: string;
  reason: string;
  /** A dotfile is skipped by design; the others are problems (--strict fails on them). */
  dotfile: boolean;
}

export function readSeedsFolder(dir: string): { files: SeedFile[]; skipped: SkippedEntry[] } {
  const root = realpathSync(dir);
  const files: SeedFile[] = [];
  const skipped: SkippedEntry[] = [];
  const entries = readdirSync(dir, { encoding: "buffer" }).sort(Buffer.compare);
  for (const raw of entries) {
    const path = Buffer.concat([Buffer.from(dir + sep), raw]);
    let name: string;
    try {
      name = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      skipped.push({ name: new TextDecoder().decode(raw), reason: `the file name is not valid UTF-8 (bytes ${raw.toString("hex")}); rename it to read it`, dotfile: false });
      continue;
    }
    const skip = (reason: string, dotfile = false) => void skipped.push({ name, reason, dotfile });
    if (name.startsWith(".")) {
      skip("a dotfile (hidden); rename it without the leading dot to read it", true);
      continue;
    }
    try {
      if (lstatSync(path).isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path.toString());
        } catch {
          skip("a broken symbolic link: its target does not exist");
          continue;
        }
        if (!target.startsWith(root + sep)) {
          skip("a symbolic link to a file outside the seeds folder; it is not read");
          continue;
        }
      }
      const stat = statSync(path);
      if (!stat.isFile()) {
        skip(stat.isDirectory() ? "a folder: only files directly in the seeds folder are read" : "not a regular file");
        continue;
      }
      files.push({ name, bytes: new Uint8Array(readFileSync(path)) });
    } catch (error) {
      skip(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, skipped };
}
