import { CliError } from './io';
import { analyzeCommand } from './commands/analyze';
import { searchCommand } from './commands/search';
import { returnsCommand } from './commands/returns';
import { validateCommand } from './commands/validate';
import { importFaqCommand } from './commands/import-faq';
import { packTestCommand } from './commands/pack-test';
import { packFormatCommand } from './commands/pack-format';
import { packKeygenCommand } from './commands/pack-keygen';
import { packSignCommand } from './commands/pack-sign';
import { packPublishCommand } from './commands/pack-publish';
import { packDiffCommand } from './commands/pack-diff';
import { packServeCommand } from './commands/pack-serve';

const USAGE = `Usage: attune <command> [options]

  analyze [--pack FILE]... [--lang auto|en|ja] [--register polite|formal] [--jsonl]
      Read one customer message on stdin (or {"text": …} per line with --jsonl); print the emotion words,
      mirror lines, situations and phrasings as JSON.
  search [--pack FILE]... [--limit N] [--jsonl] [QUERY]
      Search the FAQ; with --jsonl answer each {"query": …} line of stdin.
  returns [--pack FILE]... [--locale en|ja] [--register polite|formal]
      Read order facts as JSON on stdin; print every return option with status, reasons, fees and the
      line to send the customer (--register: politeness of Japanese lines).
  validate FILE...
      Check pack files; one line per problem, naming its JSON path.
  pack import-faq FILE.csv --out PACK.json [--locale en] [--id ID] [--strict]
      Turn a help-centre CSV export (id,question,answer[,tags][,url]) into a FAQ-only pack.
  pack test FILE [--alone]
      Run the pack's own examples (layered on the bundled pack of its language unless --alone).
  pack format FILE... [--check]
      Rewrite pack files in canonical form (or, with --check, fail if one is not).
  pack keygen [--out DIR]
      Make an Ed25519 signing key pair: DIR/attune-signing.key (private, mode 0600) and DIR/attune-signing.pub.
  pack sign PACK.json --key KEYFILE [--out DIR]
      Check the pack, then write DIR/<id>-<version>.json (the pack bytes) and DIR/<id>.manifest.json (signed).
  pack publish DIR [--out SITE] [--pub KEY.pub] [--base-url URL]
      Verify the signed releases in DIR and lay out SITE (default ./site) for any static host, with index.json.
  pack diff OLD.json NEW.json [--text]
      What changed between two versions of a pack: entries added, removed and changed, by section.
  pack serve SITE [--port N] [--host 127.0.0.1]
      Serve a published site on this machine (loopback only) to try a release in your own browser first.

--pack given one or more times replaces the bundled packs for that command, layered in order.
JSON goes to stdout; problems go to stderr with a non-zero exit code.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number> | number> = {
  analyze: analyzeCommand,
  search: searchCommand,
  returns: returnsCommand,
  validate: validateCommand,
  'pack import-faq': importFaqCommand,
  'pack test': packTestCommand,
  'pack format': packFormatCommand,
  'pack keygen': packKeygenCommand,
  'pack sign': packSignCommand,
  'pack publish': packPublishCommand,
  'pack diff': packDiffCommand,
  'pack serve': packServeCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return first ? 0 : 2;
  }
  const twoWord = first === 'pack' && second ? `pack ${second}` : undefined;
  const name = twoWord && COMMANDS[twoWord] ? twoWord : first;
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`attune: unknown command "${twoWord ?? first}"\n\n${USAGE}\n`);
    return 2;
  }
  const args = name === twoWord ? rest : argv.slice(1);
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`attune ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
