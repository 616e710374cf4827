import { useTranslations } from 'next-intl';
import { PageSkeleton, SkeletonBlock } from '@/components/ui/skeleton';

export default function Loading() {
  const t = useTranslations('overview');
  return (
    <PageSkeleton label={t('loading')}>
      <SkeletonBlock className="h-4 w-48" />
      <SkeletonBlock className="mt-4 h-8 w-96 max-w-full" />
      <div className="mt-8 grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <SkeletonBlock className="h-48" />
          <SkeletonBlock className="h-64" />
        </div>
        <div className="space-y-6">
          <SkeletonBlock className="h-40" />
          <SkeletonBlock className="h-32" />
        </div>
      </div>
    </PageSkeleton>
  );
}
