/** Every action's name. A new action adds its name here and its file to registry.ts. */
export type ActionName =
  | 'undo' | 'redo'
  | 'zoomIn' | 'zoomOut' | 'fit'
  | 'selectAll' | 'editSelected' | 'deselect'
  | 'note.startNew' | 'note.create' | 'note.setText' | 'note.recolour' | 'note.move' | 'note.duplicate' | 'note.delete' | 'note.resize'
  | 'row.add' | 'row.setCell' | 'row.move' | 'row.delete'
  | 'step.setStatus' | 'step.toggleOutput' | 'step.setNotes'
  | 'block.edit' | 'block.add' | 'block.remove' | 'block.tidy'
  | 'vote.start' | 'vote.add' | 'vote.setCount' | 'vote.close' | 'vote.clear'
  | 'board.addFromTemplate' | 'board.delete'
  | 'workshop.patch'
  | 'present.start' | 'present.leave' | 'present.next' | 'present.prev' | 'present.whole' | 'present.focus'
  | 'timer.start' | 'timer.stop' | 'timer.toggleMute'
  | 'search.open' | 'search.reveal' | 'canvas.cursor';
