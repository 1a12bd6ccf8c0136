import { Blockquote, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../hooks/callDraft.ts';
import type { CallScript } from '../api/call.api.ts';

/** Script lines of a stage with the customer's values filled in; what the call adds ({agreedDate}…) from `extra`. */
export function scriptLines(script: CallScript | undefined, stage: Stage, extra: Record<string, string> = {}): string[] {
  const lines = script?.filled?.[stage] ?? script?.stages[stage] ?? [];
  return lines.map((line) => line.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => extra[name] ?? whole));
}

/** The script of one stage, as the manager wrote it for this step and language. */
export function ScriptLines({ script, stage, extra, omit }: { script: CallScript | undefined; stage: Stage; extra?: Record<string, string>; omit?: string }) {
  const { t } = useTranslation();
  const lines = scriptLines(script, stage, extra).filter((line) => line !== omit);
  if (lines.length === 0) return null;
  return (
    <Blockquote color="indigo" p="sm" data-testid={`script-${stage}`}>
      <Text size="xs" c="dimmed" mb={4}>{t('call.script', { step: script?.stepCode ?? '' })}</Text>
      <Stack gap={4}>{lines.map((line, i) => <Text key={i} size="sm">{line}</Text>)}</Stack>
    </Blockquote>
  );
}
