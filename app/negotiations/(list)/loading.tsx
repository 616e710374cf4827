import { useTranslations } from 'next-intl';
import { PageSkeleton, SkeletonBlock } from '@/components/ui/skeleton';

export default function Loading() {
  const t = useTranslations('overview');
  return (
    <PageSkeleton label={t('loadingList')}>
      <SkeletonBlock className="h-8 w-64" />
      <div className="mt-8 grid gap-4 md:grid-cols-2">
        <SkeletonBlock className="h-32" />
        <SkeletonBlock className="h-32" />
      </div>
    </PageSkeleton>
  );
}
