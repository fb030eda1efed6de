/**
 * A phone's network for WebSocket clients under test: while offline, every connection attempt fails;
 * drop() cuts the open sockets and goes offline; online() lets connections through again.
 */
import WebSocket from 'ws';

export function flakyNetwork() {
  let offline = false;
  const sockets: WebSocket[] = [];
  class FlakyWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(offline ? 'ws://127.0.0.1:9/unreachable' : url, protocols);
      sockets.push(this);
    }
  }
  return {
    WebSocket: FlakyWebSocket,
    drop: () => {
      offline = true;
      for (const socket of sockets.splice(0)) socket.terminate();
    },
    online: () => {
      offline = false;
    },
  };
}
