/** Shared by the command-line scripts: `--help` prints the usage and exits 0. */
export function usage(text: string): string[] {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(text.trim());
    process.exit(0);
  }
  return args;
}

/** A usage error: the message, the usage, exit code 2. */
export function fail(message: string, text: string): never {
  console.error(`${message}\n\n${text.trim()}`);
  process.exit(2);
}
