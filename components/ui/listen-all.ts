/** One listener: where, for which event, and what it does. */
type Listener = [target: EventTarget, type: string, handler: (event: never) => void];

/**
 * Adds every listener and returns what removes them all, for an effect to return: the pairs of
 * add and remove calls are written once, so none is added without being taken away.
 */
export function listenAll(...listeners: Listener[]): () => void {
  for (const [target, type, handler] of listeners) {
    target.addEventListener(type, handler as EventListener);
  }
  return () => {
    for (const [target, type, handler] of listeners) {
      target.removeEventListener(type, handler as EventListener);
    }
  };
}
