/**
 * The form at /admin/ (Sveltia CMS) in its local mode, in Chromium: the CMS reads and writes a folder
 * through the File System Access API, and the origin's private file system stands in for the folder a
 * recruiter would pick. For the browser test and for the guide's pictures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export type Files = Record<string, string>;

/** The notices of a content folder, by path from the repository's root, as a recruiter's copy of the repository holds them. */
export function repositoryFiles(content: string): Files {
  const vacancies = join(content, 'vacancies');
  const files: Files = {};
  for (const entry of readdirSync(vacancies, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) {
      const path = join(entry.parentPath, entry.name);
      files[`content/vacancies/${relative(vacancies, path)}`] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

/** A directory picker that hands the CMS the origin's private file system. */
export async function pickPrivateFolder(context: BrowserContext) {
  await context.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
  });
}

/** Empties the origin's private file system and puts the files in it, with the .git folder the CMS looks for at a repository's root. */
export async function seedFolder(page: Page, files: Files) {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for await (const name of root.keys()) await root.removeEntry(name, { recursive: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      let folder = root;
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Every file in the origin's private file system, by path. */
export function readFolder(page: Page): Promise<Files> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    async function walk(folder: FileSystemDirectoryHandle, prefix: string) {
      for await (const [name, handle] of folder.entries()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await handle.getFile()).text();
      }
    }
    await walk(await navigator.storage.getDirectory(), '');
    return files;
  });
}

/** Opens the form at `address` on a folder holding `files`, and signs in to it as to a local repository. */
export async function openInLocalMode(page: Page, address: string, files: Files) {
  await page.goto(address);
  await seedFolder(page, files);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('treeitem', { name: 'English' }).waitFor();
}

/** The editor of one language version, by its English name as the CMS shows it. */
export const editorIn = (page: Page, language: string) => page.getByRole('group', { name: new RegExp(`Edit .*${language}.* Content`) });

/** Fills in a new notice in English, as the browser test and the guide do. */
export async function fillNewNotice(page: Page) {
  await page.evaluate(() => (location.hash = '/collections/notices-en/new'));
  const english = editorIn(page, 'English');
  await english.getByRole('textbox', { name: 'Reference' }).fill('EPSO/AD/2024/999');
  await english.getByRole('textbox', { name: 'Title' }).fill('Policy Officer');
  await english.getByRole('radio', { name: 'temporary-agent' }).check();
  await english.getByRole('textbox', { name: 'Grade' }).fill('AD5');
  await english.getByRole('combobox', { name: 'Domain' }).click();
  await page.getByRole('option', { name: 'policy' }).click();
  await english.getByRole('button', { name: /Add .*Locations/ }).click();
  await english.getByRole('textbox', { name: 'City' }).fill('Brussels');
  await english.getByRole('textbox', { name: 'Country' }).fill('BE');
  await english.getByRole('textbox', { name: 'Deadline' }).fill('2024-06-14T12:00');
}

/** The rest of the new notice, further down the form: the CMS draws the fields as they scroll into view. */
export async function finishNewNotice(page: Page) {
  const english = editorIn(page, 'English');
  await english.getByRole('textbox', { name: 'Deadline' }).hover();
  for (let turn = 0; turn < 10; turn++) await page.mouse.wheel(0, 800);
  await english.getByRole('textbox', { name: 'E-mail address' }).fill('jobs@example.eu');
  await english.getByRole('textbox', { name: 'Text' }).fill('## The post\n\nWe are looking for a policy officer.');
}

/** Turns the French version of the open notice on and writes its title, place and text. */
export async function addFrenchVersion(page: Page) {
  await editorIn(page, 'English').getByRole('combobox', { name: 'Switch Locale' }).click();
  await page.getByRole('option', { name: /^French/ }).click();
  const french = editorIn(page, 'French');
  await french.getByRole('button', { name: /Enable .*French/ }).click();
  await french.getByRole('textbox', { name: 'Title' }).fill('Chargé de mission');
  await french.getByRole('button', { name: /Add .*Places/ }).click();
  await french.getByRole('textbox', { name: 'Places' }).fill('Bruxelles');
  await french.getByRole('textbox', { name: 'Text' }).fill('## Le poste\n\nNous recherchons un chargé de mission.');
}
