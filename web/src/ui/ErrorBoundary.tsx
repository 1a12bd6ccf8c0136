import { Alert, Button, Center, Code, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';

/** A page that fails shows what went wrong and a way back, instead of an empty screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Center mih="60vh" p="md">
        <Stack maw={600}>
          <Alert color="red" title="Something went wrong / Что-то пошло не так">
            <Code block>{this.state.error.message}</Code>
          </Alert>
          <Button onClick={() => { this.setState({ error: null }); window.location.assign('/'); }}>Debitor</Button>
        </Stack>
      </Center>
    );
  }
}
