import { createServer, request as forward, type Server } from "node:http";
import type { Socket } from "node:net";

/** A pass-through HTTP proxy that can be switched off, to play a backend that dies and comes back. */
export type SwitchableProxy = {
  url: string;
  /** Off: every connection is cut at once, as when the process behind has crashed. */
  setUp: (up: boolean) => void;
  close: () => Promise<void>;
};

/** Starts a proxy to `target` on a free localhost port, switched on. */
export async function startSwitchableProxy(target: string): Promise<SwitchableProxy> {
  const upstream = new URL(target);
  let up = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (!up) {
      req.socket.destroy();
      return;
    }
    const outgoing = forward(new URL(req.url ?? "/", upstream), { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    outgoing.on("error", () => res.destroy());
    req.pipe(outgoing);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("The proxy did not get a port.");
  return {
    url: `http://127.0.0.1:${address.port}`,
    setUp: (value) => {
      up = value;
      if (!up) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
