import { PageHeader } from '../../components/ui/page-header';
import { ApiKeysPanel } from '../../features/api-keys/components/api-keys-panel';

export function ApiKeysRoute() {
  return (
    <div className="stack stack--loose">
      <PageHeader
        title="API keys"
        description="Keys let scripts and other tools use the NotionChartKit API as you."
      />
      <ApiKeysPanel />
    </div>
  );
}
