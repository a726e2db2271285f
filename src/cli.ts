import 'reflect-metadata';
import { runCli } from './organizations/cli.commands';

try {
  process.loadEnvFile();
} catch {
  // no .env file: the environment alone configures the CLI
}

runCli(
  process.argv.slice(2),
  process.env,
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
