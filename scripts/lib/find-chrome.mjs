// Finds a Chromium-family browser for `npm run demo` and the end-to-end tests, or says how to get one.
// Pure functions of the injected environment and file system, so the tests can fake any machine.
import { posix, win32 } from 'node:path';

/** Variables a user may set to choose the browser, in the order they are honoured. */
export const ENV_VARS = ['CHROME_BIN', 'CHROME_PATH'];

// Unbranded Chromium first: Google Chrome 137+ ignores --load-extension (the demo then loads Attune over
// the DevTools protocol instead, which is slower to start and needs a newer browser).
const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];
const MAC_APPS = [
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where to look, in order, for this platform. */
export function candidatePaths(env = {}, platform = process.platform) {
  if (platform === 'darwin') {
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return MAC_APPS.flatMap((app) => roots.map((root) => posix.join(root, app)));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter(Boolean);
    return roots.flatMap((root) => [
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  const fromPath = (env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => posix.join(dir, name)));
  return [...new Set([...LINUX, ...fromPath])];
}

/** Google's branded builds, which no longer honour --load-extension. */
export function isBrandedChrome(path) {
  return /google[- ]chrome(?![- ]for[- ]testing)|[\\/]google[\\/]chrome[\\/]/i.test(path);
}

/**
 * The browser to use: `{ path, source, branded }`, where source is the variable that named it or "found".
 * An env variable pointing at a missing file is an error rather than a silent fallback: the user asked for it.
 * Returns null when nothing is installed.
 */
export function findChrome(env = process.env, fs = { existsSync: () => false }, platform = process.platform) {
  for (const name of ENV_VARS) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (!fs.existsSync(value)) throw new Error(`${name} is set to ${value}, but there is no file there.`);
    return { path: value, source: name, branded: isBrandedChrome(value) };
  }
  for (const path of candidatePaths(env, platform)) {
    if (fs.existsSync(path)) return { path, source: 'found', branded: isBrandedChrome(path) };
  }
  return null;
}

/** `ID` and `ID_LIKE` of /etc/os-release text, lower-cased. */
export function parseOsRelease(text = '') {
  const field = (key) => (text.match(new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm'))?.[1] ?? '').toLowerCase();
  return { id: field('ID'), idLike: field('ID_LIKE').split(/\s+/).filter(Boolean) };
}

/**
 * What to do when no browser is installed. On Debian or Ubuntu as root the demo may install one itself:
 * `{ canInstall: true, command, args, text }`. Otherwise `{ canInstall: false, text }` with exact instructions.
 */
export function installHint(platform = process.platform, osRelease = '', isRoot = false) {
  const tail = 'Or point CHROME_BIN at any Chromium-based browser, e.g. CHROME_BIN=/path/to/chromium npm run demo';
  if (platform === 'darwin') {
    return {
      canInstall: false,
      text: `No Chromium or Chrome found. Install Chromium: brew install --cask chromium\n${tail}`,
    };
  }
  if (platform === 'win32') {
    return {
      canInstall: false,
      text: `No Chromium or Chrome found. Install Chromium: winget install Hibbiki.Chromium\n${tail}`,
    };
  }
  const { id, idLike } = parseOsRelease(osRelease);
  const family = [id, ...idLike];
  if (id === 'ubuntu') {
    // Ubuntu's apt package chromium-browser is only a shim for the snap, so go to the snap directly.
    return isRoot
      ? { canInstall: true, command: 'snap', args: ['install', 'chromium'], text: 'snap install chromium' }
      : { canInstall: false, text: `No Chromium found. Install it: sudo snap install chromium\n${tail}` };
  }
  if (family.includes('ubuntu')) {
    // Derivatives differ (Linux Mint ships an apt chromium and blocks snaps): name both, install neither.
    return {
      canInstall: false,
      text: `No Chromium found. Install it: sudo apt install chromium (or, where snaps are used: sudo snap install chromium)\n${tail}`,
    };
  }
  if (family.includes('debian')) {
    return isRoot
      ? {
          canInstall: true,
          command: 'sh',
          args: ['-c', 'apt-get update && apt-get install -y chromium'],
          text: 'apt-get update && apt-get install -y chromium',
        }
      : { canInstall: false, text: `No Chromium found. Install it: sudo apt-get install -y chromium\n${tail}` };
  }
  if (family.includes('fedora') || family.includes('rhel')) {
    return { canInstall: false, text: `No Chromium found. Install it: sudo dnf install -y chromium\n${tail}` };
  }
  if (family.includes('arch')) {
    return { canInstall: false, text: `No Chromium found. Install it: sudo pacman -S chromium\n${tail}` };
  }
  if (family.includes('suse') || family.includes('opensuse')) {
    return { canInstall: false, text: `No Chromium found. Install it: sudo zypper install chromium\n${tail}` };
  }
  if (id === 'alpine') {
    return { canInstall: false, text: `No Chromium found. Install it: apk add chromium\n${tail}` };
  }
  return { canInstall: false, text: `No Chromium found. Install Chromium with your system's package manager.\n${tail}` };
}
