import type { RoomTransport } from '../../shared/room/syncTypes';

/**
 * The room's socket in a browser: a plain WebSocket, one per (re)connect. Nothing here needs a
 * secure context (plain http on a LAN has no Web Crypto, service worker or async clipboard).
 */
export function browserSocket(url: string): () => RoomTransport {
  return () => {
    let ws: WebSocket | null = null;
    return {
      open(handlers) {
        ws = new WebSocket(url);
        ws.onopen = () => handlers.onOpen();
        ws.onmessage = (e) => handlers.onMessage(typeof e.data === 'string' ? e.data : String(e.data));
        // An error is always followed by a close, which is what the client acts on.
        ws.onclose = (e) => handlers.onClose(e.code);
      },
      send(data) {
        if (ws?.readyState === WebSocket.OPEN) ws.send(data);
      },
      close() {
        ws?.close(1000);
      },
    };
  };
}
