import { notifyContentChanged } from "./notify";

export async function refreshWhenListening(): Promise<void> {
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if ((await notifyContentChanged(url)) === "refreshed") return;
  }
  console.warn("Could not refresh cached pages after boot; they refresh on the next import.");
}
