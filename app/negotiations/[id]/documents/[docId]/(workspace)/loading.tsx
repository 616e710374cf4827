import { useTranslations } from 'next-intl';
import { PageSkeleton, SkeletonBlock } from '@/components/ui/skeleton';

export default function Loading() {
  const t = useTranslations('workspace');
  return (
    <PageSkeleton label={t('opening')}>
      <SkeletonBlock className="h-4 w-72 max-w-full" />
      <SkeletonBlock className="mt-4 h-8 w-96 max-w-full" />
      <SkeletonBlock className="mt-8 h-96" />
    </PageSkeleton>
  );
}
