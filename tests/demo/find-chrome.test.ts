import { describe, expect, it } from 'vitest';
import { candidatePaths, findChrome, installHint, isBrandedChrome, parseOsRelease } from '../../scripts/lib/find-chrome.mjs';

const fsWith = (...paths: string[]) => ({ existsSync: (path: string) => paths.includes(path) });

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nVERSION="24.04 LTS (Noble Numbat)"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

describe('findChrome', () => {
  it('prefers CHROME_BIN, then CHROME_PATH, over the usual locations', () => {
    const fs = fsWith('/opt/my/chromium', '/other/chrome', '/usr/bin/chromium');
    expect(findChrome({ CHROME_BIN: '/opt/my/chromium', CHROME_PATH: '/other/chrome' }, fs, 'linux')).toEqual({
      path: '/opt/my/chromium',
      source: 'CHROME_BIN',
      branded: false,
    });
    expect(findChrome({ CHROME_PATH: '/other/chrome' }, fs, 'linux')?.source).toBe('CHROME_PATH');
    expect(findChrome({ CHROME_BIN: '  ' }, fs, 'linux')?.path).toBe('/usr/bin/chromium');
  });

  it('refuses an env variable that points at nothing instead of silently using another browser', () => {
    expect(() => findChrome({ CHROME_BIN: '/nope/chromium' }, fsWith('/usr/bin/chromium'), 'linux')).toThrow(
      'CHROME_BIN is set to /nope/chromium, but there is no file there.',
    );
  });

  it('looks in the usual Linux locations, Chromium before Google Chrome', () => {
    expect(findChrome({}, fsWith('/usr/bin/google-chrome', '/usr/bin/chromium-browser'), 'linux')).toEqual({
      path: '/usr/bin/chromium-browser',
      source: 'found',
      branded: false,
    });
    expect(findChrome({}, fsWith('/snap/bin/chromium'), 'linux')?.path).toBe('/snap/bin/chromium');
    expect(findChrome({}, fsWith('/usr/bin/google-chrome-stable'), 'linux')).toMatchObject({ branded: true });
  });

  it('falls back to browsers on PATH', () => {
    expect(findChrome({ PATH: '/home/me/bin:/usr/local/bin' }, fsWith('/usr/local/bin/chromium'), 'linux')?.path).toBe(
      '/usr/local/bin/chromium',
    );
  });

  it('finds macOS apps in /Applications and ~/Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChrome({ HOME: '/Users/me' }, fsWith(chrome, chromium), 'darwin')).toEqual({ path: chromium, source: 'found', branded: false });
    expect(findChrome({ HOME: '/Users/me' }, fsWith(chrome), 'darwin')).toEqual({ path: chrome, source: 'found', branded: true });
    expect(candidatePaths({}, 'darwin')).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('finds Chrome under Program Files on Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' };
    const exe = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChrome(env, fsWith(exe), 'win32')).toEqual({ path: exe, source: 'found', branded: true });
  });

  it('returns null when nothing is installed', () => {
    expect(findChrome({ PATH: '/usr/bin' }, fsWith(), 'linux')).toBeNull();
    expect(findChrome({}, fsWith(), 'darwin')).toBeNull();
  });

  it('tells branded Google Chrome from Chromium and Chrome for Testing', () => {
    expect(isBrandedChrome('/opt/google/chrome/chrome')).toBe(true);
    expect(isBrandedChrome('/usr/bin/chromium')).toBe(false);
    expect(isBrandedChrome('/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing')).toBe(false);
  });
});

describe('installHint', () => {
  it('installs Debian chromium itself when running as root on Debian', () => {
    expect(installHint('linux', DEBIAN, true)).toEqual({
      canInstall: true,
      command: 'sh',
      args: ['-c', 'apt-get update && apt-get install -y chromium'],
      text: 'apt-get update && apt-get install -y chromium',
    });
  });

  it('gives the exact command when it may not install', () => {
    const hint = installHint('linux', DEBIAN, false);
    expect(hint.canInstall).toBe(false);
    expect(hint.text).toContain('sudo apt-get install -y chromium');
    expect(hint.text).toContain('CHROME_BIN=');
  });

  it('uses the snap on Ubuntu, whose chromium package is only a snap shim, and only advises on derivatives', () => {
    expect(installHint('linux', UBUNTU, true)).toMatchObject({ canInstall: true, command: 'snap', args: ['install', 'chromium'] });
    expect(installHint('linux', UBUNTU, false).text).toContain('sudo snap install chromium');
    expect(installHint('linux', MINT, true)).toMatchObject({ canInstall: false });
    expect(installHint('linux', MINT, true).text).toContain('sudo apt install chromium');
  });

  it('names the package manager elsewhere and never installs there', () => {
    expect(installHint('linux', FEDORA, true)).toMatchObject({ canInstall: false });
    expect(installHint('linux', FEDORA, true).text).toContain('sudo dnf install -y chromium');
    expect(installHint('darwin', '', false).text).toContain('brew install --cask chromium');
    expect(installHint('win32', '', false).text).toContain('winget install');
    expect(installHint('linux', '', true)).toMatchObject({ canInstall: false });
  });

  it('reads ID and ID_LIKE from os-release', () => {
    expect(parseOsRelease(MINT)).toEqual({ id: 'linuxmint', idLike: ['ubuntu', 'debian'] });
    expect(parseOsRelease(DEBIAN)).toEqual({ id: 'debian', idLike: [] });
  });
});
