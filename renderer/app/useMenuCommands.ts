import { useEffect } from 'react';
import { useLibraryStore } from '../state/library';
import { useReviewStore } from '../state/review';
import { useUiStore } from '../state/ui';
import { useViewerStore } from '../state/viewer';
import { desk } from './desk';
import type { MenuCommand } from './types';

/** Answers the application menu (File ▸ Import…, View ▸ Zoom, Edit ▸ Find…) sent by the shell. */
export function useMenuCommands(): void {
  useEffect(() => {
    const onCommand = (command: MenuCommand) => {
      const viewer = useViewerStore.getState();
      const inReview = useUiStore.getState().route.view === 'review';
      switch (command) {
        case 'import':
          useUiStore.getState().requestImportDialog();
          break;
        case 'find':
          if (inReview) viewer.openFind();
          else document.getElementById('library-search-input')?.focus();
          break;
        case 'zoom-in':
          viewer.zoomIn();
          break;
        case 'zoom-out':
          viewer.zoomOut();
          break;
        case 'zoom-reset':
          viewer.resetZoom();
          break;
        case 'library-changed':
          // Another library file was opened (or restored): nothing shown so far belongs to it.
          useReviewStore.getState().close();
          useUiStore.setState({ route: { view: 'library' }, recentDocumentIds: [] });
          void useLibraryStore.getState().load();
          break;
        case 'open-library':
        case 'backup-library':
          // Handled by the main process (it owns file dialogs); it answers with library-changed when needed.
          break;
      }
    };
    return desk().shell.onMenuCommand(onCommand);
  }, []);
}
