"use client";

import { useEffect, useRef, type RefObject } from "react";

type Handlers = {
  onLabel: (index: 0 | 1 | 2) => void;
  onEvidence: () => void;
  onSave: () => void;
  onNext: () => void;
  onPrevious: () => void;
};

/** Where typing goes into a field, so a letter must not act as a shortcut. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit", "reset"].includes(target.type);
  return target.isContentEditable;
}

/**
 * Keyboard-first review: 1/2/3 label, e evidence, j/k next/previous claim — only when not typing.
 * Ctrl/Cmd+Enter saves from anywhere inside the form, and from the page outside any field, but not
 * from another form's field (the comment box keeps Ctrl+Enter for itself).
 */
export function useVerdictShortcuts(formRef: RefObject<HTMLElement | null>, handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const h = latest.current;
      const inForm = formRef.current?.contains(event.target as Node) ?? false;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        if (!inForm && isTextField(event.target)) return;
        event.preventDefault();
        h.onSave();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      const action = {
        "1": () => h.onLabel(0),
        "2": () => h.onLabel(1),
        "3": () => h.onLabel(2),
        e: h.onEvidence,
        j: h.onNext,
        k: h.onPrevious,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [formRef]);
}
