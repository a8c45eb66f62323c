// A chart with its title (recharts' keyboard layer walks its points), and the same figures as a table
// for screen readers.
import { Paper, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
}

export function ChartCard({ id, title, children, table }: Props) {
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb="sm" component="figcaption">
        {title}
      </Title>
      {children}
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Paper>
  );
}
