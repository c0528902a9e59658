using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace OutlookExit.Hosting;

/// <summary>Enforces an endpoint's <see cref="IRequestSizeLimitMetadata"/> on every server: a declared Content-Length
/// over the limit is refused before the body is read, and a body without one is cut off at the limit.
/// (Kestrel enforces the limit itself; other servers, such as the test host, do not.)</summary>
public static class BodySizeLimit
{
    /// <summary>Adds the check.</summary>
    public static WebApplication UseBodySizeLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit)
            {
                if (context.Request.ContentLength > limit)
                    throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
                var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
                else if (context.Request.ContentLength is null) context.Request.Body = new LimitedStream(context.Request.Body, limit);
            }
            await next(context);
        });
        return app;
    }

    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int n)
        {
            _read += n;
            if (_read > limit) throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            return n;
        }
    }
}
