package io.workbridge.client.spi.http;

import io.workbridge.client.RequestOptions;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** A small Retrofit interface exercising the stack the way a client module does. */
interface TestApi {
  record Widget(long id, String name) {}

  @Operation("widgets.get")
  @GET("widgets/{id}")
  Widget get(@Path("id") long id, @Query("secretQuery") String query);

  @Operation("widgets.create")
  @POST("widgets")
  Widget create(@Body Widget widget, @Tag RequestOptions options);

  @Operation("widgets.search")
  @Idempotent
  @POST("widgets/search")
  Widget search(@Body Widget widget);

  @Operation("widgets.raw")
  @GET("widgets/{id}")
  Call<Widget> raw(@Path("id") long id);
}
