import { main } from './cli';

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
