/**
 * Options GraphiQL does not take as props, set on each of its Monaco editors as Monaco makes them:
 * - the font: GraphiQL's is "Fira Code" alone, so Chinese fell through to whatever the system has
 *   (boxes, on a machine without CJK fonts). Fira Code still draws Latin; Noto Sans SC, bundled
 *   (src/graphiql/build-assets.ts), draws the CJK characters Fira Code lacks.
 * - no frame around "ambiguous" characters: Monaco flags the full-width punctuation Chinese text
 *   is written with (（ ） ， ：) as look-alikes of ASCII, on every line of a Chinese answer.
 */
import { useEffect } from 'react';
import { useMonaco } from '@graphiql/react';
import type { editor } from 'monaco-editor';

export const EDITOR_OPTIONS: editor.IEditorOptions = {
  fontFamily: '"Fira Code", "Noto Sans SC", monospace',
  unicodeHighlight: { ambiguousCharacters: false },
};

/** Applies EDITOR_OPTIONS to the editors there are and to those made later; mount it once, inside GraphiQL. */
export function useEditorOptions(): void {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (!monaco) return;
    for (const existing of monaco.editor.getEditors()) existing.updateOptions(EDITOR_OPTIONS);
    // The event comes from inside the editor's constructor: apply after it, so the options GraphiQL
    // passes to create() are not applied over these.
    const created = monaco.editor.onDidCreateEditor((made) => queueMicrotask(() => made.updateOptions(EDITOR_OPTIONS)));
    // Monaco measures character widths once per font; slices of Noto Sans SC arrive as text needs
    // them (font-display: swap), so it measures again when they have loaded.
    const remeasure = () => monaco.editor.remeasureFonts();
    document.fonts.addEventListener('loadingdone', remeasure);
    return () => {
      created.dispose();
      document.fonts.removeEventListener('loadingdone', remeasure);
    };
  }, [monaco]);
}
