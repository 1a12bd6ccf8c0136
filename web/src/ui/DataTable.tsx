import { Table } from '@mantine/core';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';

/** A TanStack table drawn with Mantine; wide tables scroll sideways on a phone. */
export function DataTable<T>({ data, columns, rowProps, empty }: {
  data: T[]; columns: ColumnDef<T, unknown>[]; empty: string;
  rowProps?: (row: T) => { style?: React.CSSProperties; 'data-testid'?: string };
}) {
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel() });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((h) => <Table.Th key={h.id}>{flexRender(h.column.columnDef.header, h.getContext())}</Table.Th>)}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id} {...rowProps?.(row.original)}>
              {row.getVisibleCells().map((cell) => <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>)}
            </Table.Tr>
          ))}
          {data.length === 0 && <Table.Tr><Table.Td colSpan={columns.length} c="dimmed">{empty}</Table.Td></Table.Tr>}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
